package dev.tvegate.authz.adapter.out.mvpd;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.EntitlementAnswer;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.OidcEndpoints;
import dev.tvegate.authz.domain.model.Resource;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * The guarded call to an MVPD's REST entitlement endpoint: {@code POST <entitlementUrl>} with HTTP Basic (the MVPD
 * client id/secret from registration) and {@code {"subject","resource":{channel,itemGuid,itemTitle,rating,
 * ratingScheme}}}. Timeout, retry (an entitlement check is an idempotent read; one retry, never on an open breaker),
 * circuit breaker {@code authz-mvpd-entitlement} and bulkhead; every knob is overridable, e.g.
 * {@code quarkus.fault-tolerance."authz-mvpd-entitlement".timeout.value=800}. Any non-2xx status or unreadable answer
 * is a failure (it counts towards the breaker).
 */
@ApplicationScoped
public class MvpdEntitlementClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebClient web;

    public MvpdEntitlementClient(Vertx vertx, AuthzConfig config) {
        this.web = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.mvpd().connectTimeout().toMillis())
                .setMaxPoolSize(config.mvpd().maxConnectionsPerHost())
                .setFollowRedirects(false)
                .setUserAgent("TVE-Gate-authz"));
    }

    @PreDestroy
    void close() {
        web.close();
    }

    @Timeout(value = 2000, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 50, jitter = 25, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15_000, successThreshold = 2)
    @CircuitBreakerName("authz-mvpd-entitlement")
    @Bulkhead(value = 100, waitingTaskQueue = 400)
    public Uni<EntitlementAnswer.Answered> check(IntegrationConfig integration, String subject, Resource resource) {
        return Uni.createFrom().deferred(() -> {
            OidcEndpoints endpoints = integration.mvpd().endpoints();
            URI url = URI.create(integration.entitlementUrl());
            var body = new EntitlementDocument.Request(subject, new EntitlementDocument.ResourceRef(
                    resource.channel(), resource.itemGuid(), resource.itemTitle(), resource.rating(),
                    resource.ratingScheme()));
            var request = web.postAbs(url.toString()).putHeader("Accept", "application/json");
            if (endpoints.clientId() != null) {
                String basic = endpoints.clientId() + ":" + (endpoints.clientSecret() == null ? ""
                        : endpoints.clientSecret());
                request.putHeader("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
            }
            return request.sendJsonObject(JsonObject.mapFrom(body)).map(response -> {
                if (response.statusCode() / 100 != 2) {
                    throw new MvpdAnswerException("the MVPD answered HTTP " + response.statusCode());
                }
                EntitlementDocument.Answer answer;
                try {
                    answer = JSON.readValue(response.bodyAsString(), EntitlementDocument.Answer.class);
                } catch (Exception e) {
                    throw new MvpdAnswerException("the MVPD's answer is not readable JSON");
                }
                String decision = answer.decision() == null ? "" : answer.decision().toLowerCase(Locale.ROOT);
                if (!decision.equals("permit") && !decision.equals("deny")) {
                    throw new MvpdAnswerException("the MVPD's answer has no Permit/Deny decision");
                }
                return new EntitlementAnswer.Answered(decision.equals("permit"), answer.message(),
                        Boolean.TRUE.equals(answer.parentalControl()),
                        answer.ttl() == null ? 0 : Math.max(0, answer.ttl()));
            });
        });
    }

    /** The MVPD answered, but not usably. */
    static final class MvpdAnswerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MvpdAnswerException(String message) {
            super(message, null, false, false);
        }
    }
}
