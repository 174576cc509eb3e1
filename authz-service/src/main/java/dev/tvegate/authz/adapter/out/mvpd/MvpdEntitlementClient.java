package dev.tvegate.authz.adapter.out.mvpd;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.EntitlementAnswer;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.OidcEndpoints;
import dev.tvegate.authz.domain.model.Resource;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * The guarded call to an MVPD's REST entitlement endpoint: {@code POST <entitlementUrl>} with HTTP Basic (the MVPD
 * client id/secret from registration) and {@code {"subject","resource":{channel,itemGuid,itemTitle,rating,
 * ratingScheme}}}. Each MVPD has its <b>own</b> guard (SmallRye Fault Tolerance {@link TypedGuard}, built on first
 * use): timeout, retry (an entitlement check is an idempotent read; never retried on an open breaker), circuit
 * breaker named {@code authz-mvpd-entitlement:<mvpd>} and bulkhead, all from {@code tvegate.authz.mvpd.guard.*}.
 * A breaker per MVPD rather than one {@code @CircuitBreaker} method: one failing MVPD must not pause (or degrade)
 * the others. Any non-2xx status or unreadable answer is a failure (it counts towards the breaker).
 */
@ApplicationScoped
public class MvpdEntitlementClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String BREAKER_PREFIX = "authz-mvpd-entitlement:";

    private final WebClient web;
    private final AuthzConfig.Mvpd.Guard guard;
    private final Map<String, TypedGuard<Uni<EntitlementAnswer.Answered>>> guards = new ConcurrentHashMap<>();

    public MvpdEntitlementClient(Vertx vertx, AuthzConfig config) {
        this.guard = config.mvpd().guard();
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

    /**
     * @return the MVPD's answer through this MVPD's own guard (so one failing MVPD never trips another's breaker)
     */
    public Uni<EntitlementAnswer.Answered> check(IntegrationConfig integration, String subject, Resource resource) {
        return guards.computeIfAbsent(integration.mvpdId(), this::newGuard)
                .get(() -> call(integration, subject, resource));
    }

    /** The breaker name of an MVPD (for metrics, logs and {@code CircuitBreakerMaintenance}). */
    public static String breakerName(String mvpd) {
        return BREAKER_PREFIX + mvpd;
    }

    private TypedGuard<Uni<EntitlementAnswer.Answered>> newGuard(String mvpd) {
        AuthzConfig.Mvpd.Guard g = guard;
        return TypedGuard.create(new TypeLiteral<Uni<EntitlementAnswer.Answered>>() {
        })
                .withDescription(breakerName(mvpd))
                .withTimeout().duration(g.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(g.maxRetries()).delay(g.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .abortOn(CircuitBreakerOpenException.class).done()
                .withCircuitBreaker().name(breakerName(mvpd)).requestVolumeThreshold(g.requestVolumeThreshold())
                .failureRatio(g.failureRatio()).delay(g.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(g.successThreshold()).done()
                .withBulkhead().limit(g.bulkhead()).queueSize(g.bulkheadQueue()).done()
                .build();
    }

    private Uni<EntitlementAnswer.Answered> call(IntegrationConfig integration, String subject, Resource resource) {
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
