package dev.tvegate.authn.adapter.out.oidc;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import dev.tvegate.authn.adapter.out.oidc.OidcHttpClient.HttpResult;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * The three calls TVE Gate makes to an OpenID Connect MVPD, each with the fault tolerance it can afford
 * (STYLE.md: a plain client wrapped by a bean that carries the annotations). Every value below can be overridden
 * per method, e.g. {@code quarkus.fault-tolerance."dev.tvegate.authn.adapter.out.oidc.OidcRemote/exchangeCode".timeout.value}.
 * <ul>
 * <li>discovery and JWKS are idempotent reads: retried, with a breaker each so that a dead MVPD fails fast;</li>
 * <li>the code exchange is <b>not</b> retried (an authorization code is single-use: a retry after a lost answer
 * would be refused as a replay, and would revoke the tokens of the first attempt); a bulkhead caps the calls in flight,
 * and 4xx answers (the MVPD is up but refuses this code) do not count against the breaker.</li>
 * </ul>
 */
@ApplicationScoped
public class OidcRemote {

    private final OidcHttpClient http;

    OidcRemote(OidcHttpClient http) {
        this.http = http;
    }

    /** @return the discovery document at {@code {issuer}/.well-known/openid-configuration} */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = { OidcExceptions.Refused.class,
            OidcExceptions.InvalidResponse.class, CircuitBreakerOpenException.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS, skipOn = {
            OidcExceptions.Refused.class, OidcExceptions.InvalidResponse.class })
    @CircuitBreakerName("authn-mvpd-discovery")
    public Uni<ProviderMetadata> discover(String discoveryUrl) {
        return http.getJson(discoveryUrl).map(result -> ProviderMetadata.parse(body(result, "discovery")));
    }

    /** @return the JSON Web Key Set document at {@code jwksUri}, as text */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = { OidcExceptions.Refused.class,
            OidcExceptions.InvalidResponse.class, CircuitBreakerOpenException.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS, skipOn = {
            OidcExceptions.Refused.class, OidcExceptions.InvalidResponse.class })
    @CircuitBreakerName("authn-mvpd-jwks")
    public Uni<String> fetchJwks(String jwksUri) {
        return http.getJson(jwksUri).map(result -> body(result, "JWKS"));
    }

    /**
     * Exchanges an authorization code at the token endpoint (RFC 6749 §4.1.3).
     *
     * @param authorization the {@code Authorization: Basic} value for client_secret_basic, or null
     *        (client_secret_post: the secret is in the form)
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS, skipOn = OidcExceptions.Refused.class)
    @CircuitBreakerName("authn-mvpd-token")
    @Bulkhead(value = 50, waitingTaskQueue = 100)
    public Uni<TokenResponse> exchangeCode(String tokenEndpoint, Map<String, String> form, String authorization) {
        return http.postForm(tokenEndpoint, form, authorization).map(OidcRemote::tokenResponse);
    }

    /** The successful token response members the login uses (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3). */
    record TokenResponse(String idToken, String accessToken) {
        @Override
        public String toString() {
            return "TokenResponse[***]";
        }
    }

    static TokenResponse tokenResponse(HttpResult result) {
        if (result.status() >= 400 && result.status() < 500) {
            throw new OidcExceptions.Refused("token endpoint answered " + result.status() + " " + oauthError(result));
        }
        JsonObject json = json(body(result, "token"), "token response");
        Object idToken = json.getValue("id_token");
        if (!(idToken instanceof String id) || id.isBlank()) {
            throw new OidcExceptions.InvalidResponse("token response has no id_token (is openid among the scopes?)");
        }
        Object accessToken = json.getValue("access_token");
        return new TokenResponse(id, accessToken instanceof String at ? at : null);
    }

    /** @return the body of a 2xx answer; 5xx → Unavailable, 4xx → Refused, anything else → InvalidResponse */
    static String body(HttpResult result, String what) {
        if (result.isSuccess()) {
            return result.body();
        }
        if (result.status() >= 500) {
            throw new OidcExceptions.Unavailable(what + " endpoint answered " + result.status());
        }
        if (result.status() >= 400) {
            throw new OidcExceptions.Refused(what + " endpoint answered " + result.status());
        }
        throw new OidcExceptions.InvalidResponse(what + " endpoint answered " + result.status());
    }

    static JsonObject json(String body, String what) {
        try {
            return new JsonObject(body);
        } catch (DecodeException | ClassCastException e) {
            throw new OidcExceptions.InvalidResponse(what + " is not a JSON object");
        }
    }

    /** @return the OAuth {@code error} code of an error answer (never its description, which may echo input) */
    private static String oauthError(HttpResult result) {
        try {
            Object error = new JsonObject(result.body()).getValue("error");
            return error instanceof String s && s.matches("[a-z_]{1,40}") ? "(" + s + ")" : "";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
