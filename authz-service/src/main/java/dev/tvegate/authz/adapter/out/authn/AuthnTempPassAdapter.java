package dev.tvegate.authz.adapter.out.authn;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.authz.application.port.out.ServiceTokenPort;
import dev.tvegate.authz.application.port.out.TempPassPort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.TempPassAnswer;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.ErrorAction;
import dev.tvegate.kernel.error.ErrorCode;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * authn's {@code POST /internal/v1/temppass/trial/resources} (service token, scope {@code internal}). 200 and 403
 * carry the trial and, when the resource may not be played, its item-level EEC; a 400/500 top-level EEC becomes the
 * item-level error (spec §4.7: TempPass errors are item-level in an HTTP 200). Timeout 1.5 s and a breaker
 * ({@code authz-authn-temppass}); no retry (the call counts a resource). authn unreachable → item-level
 * {@code network_received_error} / {@code network_connection_timeout}: never a permit.
 */
@ApplicationScoped
public class AuthnTempPassAdapter implements TempPassPort {

    private static final Logger LOG = Logger.getLogger(AuthnTempPassAdapter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebClient web;
    private final String url;
    private final ServiceTokenPort tokens;
    private final TypedGuard<Uni<TempPassAnswer>> guard;

    public AuthnTempPassAdapter(Vertx vertx, AuthzConfig config, ServiceTokenPort tokens) {
        this.web = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(1000).setFollowRedirects(false));
        this.url = config.authnUrl().replaceAll("/+$", "") + "/internal/v1/temppass/trial/resources";
        this.tokens = tokens;
        this.guard = TypedGuard.create(new jakarta.enterprise.util.TypeLiteral<Uni<TempPassAnswer>>() {
        })
                .withDescription("authz-authn-temppass")
                .withTimeout().duration(1500, java.time.temporal.ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name("authz-authn-temppass").requestVolumeThreshold(10).failureRatio(0.5)
                .delay(5000, java.time.temporal.ChronoUnit.MILLIS).done()
                .build();
    }

    @PreDestroy
    void close() {
        web.close();
    }

    @Override
    public Uni<TempPassAnswer> authorize(String serviceProvider, String mvpd, String deviceId, String identity,
            String resource) {
        JsonObject body = new JsonObject().put("serviceProvider", serviceProvider).put("mvpd", mvpd)
                .put("deviceId", deviceId).put("resource", resource);
        if (identity != null && !identity.isBlank()) {
            body.put("identity", identity);
        }
        return guard.get(() -> tokens.token().chain(token -> web.postAbs(url)
                .putHeader("Authorization", "Bearer " + token).putHeader("Accept", "application/json")
                .sendJsonObject(body)).map(response -> {
                    if (response.statusCode() > 500) {
                        throw new IllegalStateException("authn answered HTTP " + response.statusCode());
                    }
                    return read(response.statusCode(), response.bodyAsString());
                }))
                .onFailure().recoverWithItem(e -> {
                    boolean timeout = e.getClass().getSimpleName().contains("Timeout");
                    LOG.warnf("TempPass check at authn failed: %s", e.toString());
                    return new TempPassAnswer(null, 0, 0, EnhancedError.of(timeout
                            ? ErrorCode.NETWORK_CONNECTION_TIMEOUT
                            : ErrorCode.NETWORK_RECEIVED_ERROR,
                            "The TempPass trial could not be checked; retry shortly."));
                });
    }

    static TempPassAnswer read(int status, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (Exception e) {
            throw new IllegalStateException("authn's TempPass answer (HTTP " + status + ") is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("authn's TempPass answer (HTTP " + status + ") is not a JSON object");
        }
        if (status == 200 || status == 403) {
            JsonNode error = root.get("error");
            EnhancedError e = error == null || error.isNull() ? null : error(error);
            if (status == 403 && e == null) {
                e = EnhancedError.of(ErrorCode.TEMPORARY_ACCESS_DURATION_LIMIT_EXCEEDED);
            }
            return new TempPassAnswer(root.path("userId").asText(null), root.path("startedAt").asLong(0),
                    root.path("expiresAt").asLong(0), e);
        }
        if (root.has("code")) {
            return new TempPassAnswer(null, 0, 0, error(root)); // top-level EEC of authn → item-level here
        }
        throw new IllegalStateException("authn answered HTTP " + status + " without an error code");
    }

    private static EnhancedError error(JsonNode n) {
        ErrorAction action;
        try {
            action = ErrorAction.fromWire(n.path("action").asText("none"));
        } catch (IllegalArgumentException e) {
            action = ErrorAction.NONE;
        }
        return new EnhancedError(action, n.path("status").asInt(403), n.path("code").asText("internal_server_error"),
                n.path("message").asText("TempPass refused the request."), n.path("details").asText(null),
                n.path("helpUrl").asText(null), n.path("trace").asText(null));
    }
}
