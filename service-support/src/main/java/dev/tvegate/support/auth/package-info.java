/**
 * Bearer access tokens at the REST edge of a service: {@link dev.tvegate.support.auth.BearerAuthenticator} verifies
 * registration-service's RS256 access tokens (SmallRye JWT, {@code mp.jwt.verify.*}) and answers with an
 * {@link dev.tvegate.support.auth.AuthenticatedClient}, or fails with {@link dev.tvegate.support.auth.NotAuthorizedProblem}
 * (401 {@code invalid_token}) / {@link dev.tvegate.support.auth.ForbiddenProblem} (403 {@code insufficient_scope}),
 * which {@link dev.tvegate.support.auth.AuthProblemMappers} render as RFC 6750 §3 JSON with a {@code WWW-Authenticate}
 * challenge. Both classes are discovered through this jar's Jandex index: a service only adds the dependency.
 */
package dev.tvegate.support.auth;
