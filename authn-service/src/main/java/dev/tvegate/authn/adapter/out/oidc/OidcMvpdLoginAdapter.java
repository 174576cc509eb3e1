package dev.tvegate.authn.adapter.out.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jose4j.jws.JsonWebSignature;

import dev.tvegate.authn.application.port.out.MvpdLoginPort;
import dev.tvegate.authn.config.LoginConfig;
import dev.tvegate.authn.domain.error.MvpdLoginException;
import dev.tvegate.authn.domain.error.MvpdLoginException.Reason;
import dev.tvegate.authn.domain.model.MvpdConfig;
import dev.tvegate.authn.domain.model.OidcEndpoints;
import dev.tvegate.authn.domain.service.Pkce;
import io.smallrye.mutiny.Uni;

/**
 * Sign-in at an OpenID Connect MVPD (ARCHITECTURE.md §4): authorization code flow with PKCE S256, {@code state} and
 * {@code nonce} (OpenID Connect Core 1.0 §3.1), endpoints from discovery. Works with any standard provider (the
 * sandbox MVPD, Keycloak…): the MVPD's {@code issuer}, {@code clientId}, {@code clientSecret} and {@code scopes} come
 * from registration's configuration, and TVE Gate's redirect URI {@code <public-url>/api/v2/authenticate/callback}
 * must be registered there.
 * <p>
 * The client authenticates at the token endpoint with {@code client_secret_basic} (RFC 6749 §2.3.1: id and secret
 * form-encoded, then Base64), or with {@code client_secret_post} when discovery offers only that. The secret is
 * never logged.
 */
@ApplicationScoped
public class OidcMvpdLoginAdapter implements MvpdLoginPort {

    /** The protocol id of this adapter, as registration's MVPD configuration names it. */
    public static final String PROTOCOL = MvpdConfig.PROTOCOL_OIDC;

    private static final Logger LOG = Logger.getLogger(OidcMvpdLoginAdapter.class);
    private static final String OPENID = "openid";

    private final OidcRemote remote;
    private final DiscoveryCache discovery;
    private final JwksCache jwks;
    private final Clock clock;

    @Inject
    OidcMvpdLoginAdapter(OidcRemote remote, LoginConfig config, Clock clock) {
        this(remote, new DiscoveryCache(remote::discover, config.oidc().discoveryCacheTtl(), clock),
                new JwksCache(remote::fetchJwks, config.oidc().jwksCacheTtl(), config.oidc().jwksMinRefetchInterval(),
                        clock),
                clock);
    }

    OidcMvpdLoginAdapter(OidcRemote remote, DiscoveryCache discovery, JwksCache jwks, Clock clock) {
        this.remote = remote;
        this.discovery = discovery;
        this.jwks = jwks;
        this.clock = clock;
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public Uni<URI> authorizationUrl(LoginRequest request) {
        return Uni.createFrom().item(() -> endpointsOf(request.mvpd())).flatMap(endpoints -> discovery
                .metadata(endpoints.issuer())
                .map(metadata -> {
                    Map<String, String> query = new LinkedHashMap<>();
                    query.put("response_type", "code");
                    query.put("client_id", endpoints.clientId());
                    query.put("redirect_uri", request.callbackUri().toString());
                    query.put("scope", String.join(" ", scopes(endpoints)));
                    query.put("state", request.state());
                    query.put("nonce", request.nonce());
                    query.put("code_challenge", request.codeChallenge());
                    query.put("code_challenge_method", Pkce.S256);
                    return URI.create(withQuery(metadata.authorizationEndpoint(), query));
                }))
                .onFailure().transform(e -> failure(request.mvpd(), "discovery", e));
    }

    @Override
    public Uni<MvpdIdentity> complete(CallbackRequest request) {
        return Uni.createFrom().item(() -> endpointsOf(request.mvpd())).flatMap(endpoints -> discovery
                .metadata(endpoints.issuer())
                .onFailure().transform(e -> failure(request.mvpd(), "discovery", e))
                .flatMap(metadata -> exchange(request, endpoints, metadata)
                        .onFailure().transform(e -> failure(request.mvpd(), "token exchange", e))
                        .flatMap(tokens -> verify(tokens, request, endpoints, metadata))));
    }

    @Override
    public Uni<Optional<URI>> endSessionUrl(MvpdConfig mvpd, String idTokenHint, String postLogoutRedirectUri) {
        OidcEndpoints endpoints = mvpd.endpoints();
        if (endpoints == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        Uni<String> endpoint = endpoints.logoutUrl() != null && !endpoints.logoutUrl().isBlank()
                ? Uni.createFrom().item(endpoints.logoutUrl())
                : endpoints.issuer() == null ? Uni.createFrom().nullItem()
                        : discovery.metadata(endpoints.issuer()).map(ProviderMetadata::endSessionEndpoint);
        return endpoint.map(url -> {
            if (url == null) {
                return Optional.<URI> empty();
            }
            // OpenID Connect RP-Initiated Logout 1.0 §2
            Map<String, String> query = new LinkedHashMap<>();
            query.put("id_token_hint", idTokenHint);
            query.put("client_id", endpoints.clientId());
            query.put("post_logout_redirect_uri", postLogoutRedirectUri);
            return Optional.of(URI.create(withQuery(url, query)));
        }).onFailure().recoverWithItem(e -> {
            // the local profile is gone either way; without the MVPD's URL the logout is simply "complete"
            LOG.warnf("end-session URL of MVPD %s unavailable: %s", mvpd.id(), e.toString());
            return Optional.empty();
        });
    }

    // ----------------------------------------------------------------------------------------------------------

    private Uni<OidcRemote.TokenResponse> exchange(CallbackRequest request, OidcEndpoints endpoints,
            ProviderMetadata metadata) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", request.authorizationCode());
        form.put("redirect_uri", request.callbackUri().toString());
        form.put("code_verifier", request.codeVerifier());
        String authorization = null;
        if (metadata.prefersSecretInForm()) {
            form.put("client_id", endpoints.clientId());
            form.put("client_secret", endpoints.clientSecret());
        } else {
            authorization = basic(endpoints.clientId(), endpoints.clientSecret());
        }
        return remote.exchangeCode(metadata.tokenEndpoint(), form, authorization);
    }

    private Uni<MvpdIdentity> verify(OidcRemote.TokenResponse tokens, CallbackRequest request,
            OidcEndpoints endpoints, ProviderMetadata metadata) {
        JsonWebSignature jws;
        try {
            jws = IdTokenVerifier.parse(tokens.idToken());
        } catch (IdTokenVerifier.Invalid e) {
            return Uni.createFrom().failure(invalidToken(request.mvpd(), e));
        }
        return jwks.keyFor(metadata.jwksUri(), jws)
                .onFailure().transform(e -> failure(request.mvpd(), "JWKS", e))
                .map(key -> {
                    if (key.isEmpty()) {
                        throw invalidToken(request.mvpd(), new IdTokenVerifier.Invalid(
                                "no key in the MVPD's JWKS for kid " + jws.getKeyIdHeaderValue()));
                    }
                    try {
                        Map<String, Object> claims = IdTokenVerifier.verify(tokens.idToken(), key.get(),
                                new IdTokenVerifier.Expectations(metadata.issuer(), endpoints.clientId(),
                                        request.nonce(), tokens.accessToken()),
                                clock.millis());
                        return new MvpdIdentity((String) claims.get("sub"), IdTokenVerifier.attributes(claims),
                                tokens.idToken());
                    } catch (IdTokenVerifier.Invalid e) {
                        throw invalidToken(request.mvpd(), e);
                    }
                });
    }

    private static OidcEndpoints endpointsOf(MvpdConfig mvpd) {
        OidcEndpoints endpoints = mvpd.endpoints();
        if (endpoints == null || isBlank(endpoints.issuer()) || isBlank(endpoints.clientId())
                || isBlank(endpoints.clientSecret())) {
            throw new MvpdLoginException(Reason.CONFIGURATION_ERROR,
                    "MVPD " + mvpd.id() + " lacks its OIDC issuer, client id or client secret");
        }
        return endpoints;
    }

    /** The configured scopes, with {@code openid} first (without it there is no ID token). */
    static List<String> scopes(OidcEndpoints endpoints) {
        List<String> scopes = new ArrayList<>();
        scopes.add(OPENID);
        for (String scope : endpoints.scopes()) {
            for (String s : scope.trim().split("[ ,]+")) {
                if (!s.isEmpty() && !scopes.contains(s)) {
                    scopes.add(s);
                }
            }
        }
        return scopes;
    }

    /** RFC 6749 §2.3.1: {@code Basic base64(urlencode(id) ":" urlencode(secret))}. */
    static String basic(String clientId, String secret) {
        String pair = formEncode(clientId) + ":" + formEncode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** @return {@code base} with the non-null parameters appended to its query */
    static String withQuery(String base, Map<String, String> parameters) {
        StringBuilder uri = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        if (base.endsWith("?") || base.endsWith("&")) {
            separator = 0;
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() == null) {
                continue;
            }
            if (separator != 0) {
                uri.append(separator);
            }
            uri.append(formEncode(p.getKey())).append('=').append(formEncode(p.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static MvpdLoginException invalidToken(MvpdConfig mvpd, IdTokenVerifier.Invalid e) {
        return new MvpdLoginException(Reason.ID_TOKEN_INVALID,
                "ID token from MVPD " + mvpd.id() + " refused: " + e.getMessage());
    }

    /** Turns what went wrong with the MVPD into the login failure the user sees. */
    static MvpdLoginException failure(MvpdConfig mvpd, String step, Throwable e) {
        if (e instanceof MvpdLoginException login) {
            return login;
        }
        String detail = step + " at MVPD " + mvpd.id() + ": ";
        return switch (e) {
            case OidcExceptions.Refused r -> new MvpdLoginException(Reason.MVPD_REFUSED, detail + r.getMessage());
            case OidcExceptions.InvalidResponse r ->
                new MvpdLoginException(Reason.MVPD_ERROR, detail + r.getMessage());
            case OidcExceptions.Misconfigured m ->
                new MvpdLoginException(Reason.CONFIGURATION_ERROR, detail + m.getMessage());
            case CircuitBreakerOpenException c ->
                new MvpdLoginException(Reason.MVPD_UNAVAILABLE, detail + "circuit breaker open");
            case BulkheadException b -> new MvpdLoginException(Reason.MVPD_UNAVAILABLE, detail + "too many calls");
            case org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException t ->
                new MvpdLoginException(Reason.MVPD_UNAVAILABLE, detail + "timed out");
            case TimeoutException t -> new MvpdLoginException(Reason.MVPD_UNAVAILABLE, detail + "timed out");
            default -> new MvpdLoginException(Reason.MVPD_UNAVAILABLE, detail + e, e);
        };
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
