package dev.tvegate.support.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Authenticates {@code Authorization: Bearer <access token>} at the REST edge against registration-service's access
 * tokens: RS256, signature checked with registration's JWKS ({@code mp.jwt.verify.publickey.location}), issuer
 * ({@code mp.jwt.verify.issuer}), expiry, header {@code typ: at+jwt}, and a {@code client_id} claim. Resources call it
 * explicitly with the header value they received:
 * <ul>
 * <li>{@link #requireScope} for internal and admin APIs: fails with {@link NotAuthorizedProblem} (401
 * {@code invalid_token}) or {@link ForbiddenProblem} (403 {@code insufficient_scope}), RFC 6750 §3.1, rendered by
 * {@link AuthProblemMappers};</li>
 * <li>{@link #requireV2Client} for REST v2: Enhanced Error Codes {@code invalid_access_token_client_application}
 * (missing, invalid or expired token, or one without scope {@code api:client:v2}) and
 * {@code invalid_access_token_service_provider} (token not valid for this service provider), both 401 (spec §1.4).</li>
 * </ul>
 * Example (an admin endpoint):
 *
 * <pre>
 * &#64;POST
 * public Uni&lt;Response&gt; create(&#64;HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Body body) {
 *     return bearer.requireScope(authorization, Scopes.ADMIN).chain(client -&gt; …);
 * }
 * </pre>
 *
 * Verification may fetch the JWKS (first use, refresh interval, unknown {@code kid}), which blocks; it therefore runs
 * on a worker thread and the result comes back on the request's context.
 * <p>
 * A service on a hot path may remember verified tokens for {@code tvegate.access-tokens.verified-cache-max-age}
 * (default {@code 0}: off), never past {@code exp}: an app sends the same access token for hours, so the token is then
 * verified (RSA + a worker-thread hop) about once per that period instead of on every request. The memory is bounded
 * and cleared when full; only successes are remembered.
 */
@ApplicationScoped
public class BearerAuthenticator {

    /** Configuration key of the verified-token memory ({@link Duration}; {@code 0} turns it off). */
    public static final String VERIFIED_CACHE_MAX_AGE = "tvegate.access-tokens.verified-cache-max-age";

    private static final Logger LOG = Logger.getLogger(BearerAuthenticator.class);
    private static final String BEARER = "bearer ";
    private static final String ACCESS_TOKEN_TYPE = "at+jwt";
    private static final int MAX_TOKEN_CHARS = 8192;
    private static final int MAX_VERIFIED = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Verified(AuthenticatedClient client, long validUntilMillis) {
    }

    private final JWTParser parser;
    private final Vertx vertx;
    private final long verifiedMaxAgeMillis;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public BearerAuthenticator(JWTParser parser, Vertx vertx,
            @ConfigProperty(name = VERIFIED_CACHE_MAX_AGE, defaultValue = "0") Duration verifiedMaxAge) {
        this.parser = parser;
        this.vertx = vertx;
        this.verifiedMaxAgeMillis = Math.max(0, verifiedMaxAge.toMillis());
    }

    /** @return the client proven by a valid bearer token; empty if the header is absent, not Bearer, or invalid */
    public Uni<Optional<AuthenticatedClient>> authenticate(String authorizationHeader) {
        Optional<String> token = bearerToken(authorizationHeader);
        if (token.isEmpty() || token.get().length() > MAX_TOKEN_CHARS) {
            return Uni.createFrom().item(Optional.empty());
        }
        if (verifiedMaxAgeMillis > 0) {
            Verified hit = verified.get(token.get());
            if (hit != null && hit.validUntilMillis() > System.currentTimeMillis()) {
                return Uni.createFrom().item(Optional.of(hit.client())); // the hot path: no worker hop, no RSA
            }
        }
        if (!hasAccessTokenType(token.get())) {
            return Uni.createFrom().item(Optional.empty());
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> verify(token.get())), false);
    }

    /**
     * For REST v2 endpoints of {@code serviceProvider}.
     *
     * @return fails with {@link EnhancedErrorException} {@code invalid_access_token_client_application} or
     *         {@code invalid_access_token_service_provider} (401)
     */
    public Uni<AuthenticatedClient> requireV2Client(String authorizationHeader, String serviceProvider) {
        return authenticate(authorizationHeader).map(found -> {
            AuthenticatedClient client = found.filter(c -> c.hasScope(Scopes.API_CLIENT_V2))
                    .orElseThrow(() -> new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION));
            if (serviceProvider == null || !client.mayActFor(serviceProvider)) {
                throw new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_SERVICE_PROVIDER);
            }
            return client;
        });
    }

    /**
     * For internal and admin endpoints.
     *
     * @param authorizationHeader the request's {@code Authorization} header, or null
     * @param scope the scope the endpoint needs, e.g. {@link Scopes#ADMIN}
     * @return the client; fails with {@link NotAuthorizedProblem} (401 {@code invalid_token}) without a valid token,
     *         or {@link ForbiddenProblem} (403 {@code insufficient_scope}) if the token lacks {@code scope}
     */
    public Uni<AuthenticatedClient> requireScope(String authorizationHeader, String scope) {
        return authenticate(authorizationHeader).map(found -> {
            AuthenticatedClient client = found.orElseThrow(() -> NotAuthorizedProblem.forHeader(authorizationHeader));
            if (!client.hasScope(scope)) {
                throw ForbiddenProblem.lacking(scope);
            }
            return client;
        });
    }

    /** @return the token of an {@code Authorization: Bearer <token>} header (scheme case-insensitive) */
    public static Optional<String> bearerToken(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.length() <= BEARER.length()
                || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorizationHeader.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private Optional<AuthenticatedClient> verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            String clientId = stringClaim(jwt, "client_id");
            if (clientId == null || clientId.isBlank()) {
                return Optional.empty();
            }
            Set<String> scopes = new LinkedHashSet<>();
            String scope = stringClaim(jwt, "scope");
            if (scope != null) {
                for (String s : scope.split(" ")) {
                    if (!s.isEmpty()) {
                        scopes.add(s);
                    }
                }
            }
            AuthenticatedClient client = new AuthenticatedClient(clientId, stringClaim(jwt, "app"),
                    stringSet(jwt.getClaim("sp")), scopes);
            remember(token, client, jwt.getExpirationTime());
            return Optional.of(client);
        } catch (ParseException | RuntimeException e) {
            // never log the token itself; the reason is enough (expired, bad signature, unknown kid, wrong issuer…)
            LOG.debugf("access token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private void remember(String token, AuthenticatedClient client, long expSeconds) {
        if (verifiedMaxAgeMillis <= 0) {
            return;
        }
        long until = Math.min(expSeconds * 1000, System.currentTimeMillis() + verifiedMaxAgeMillis);
        if (verified.size() >= MAX_VERIFIED) {
            verified.clear();
        }
        verified.put(token, new Verified(client, until));
    }

    /**
     * Software statements are signed by the same keys; only a header {@code typ} of {@code at+jwt} makes a JWT an
     * access token.
     */
    static boolean hasAccessTokenType(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            JsonNode header = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    StandardCharsets.UTF_8));
            return header != null && ACCESS_TOKEN_TYPE.equalsIgnoreCase(header.path("typ").asText(""));
        } catch (Exception e) {
            return false;
        }
    }

    private static String stringClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    private static Set<String> stringSet(Object claim) {
        Set<String> out = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> c) {
            c.forEach(v -> out.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        } else if (claim instanceof JsonString s) {
            out.add(s.getString());
        } else if (claim instanceof String s) {
            out.add(s);
        }
        return out;
    }
}
