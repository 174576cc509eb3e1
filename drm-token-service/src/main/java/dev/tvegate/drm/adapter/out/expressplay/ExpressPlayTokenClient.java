package dev.tvegate.drm.adapter.out.expressplay;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import dev.tvegate.drm.config.DrmConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * The guarded HTTP call to an ExpressPlay token host: one form-encoded {@code POST}, answered with
 * {@link ExpressPlayAnswer}. Guard: {@code @Timeout} 3 s, {@code @CircuitBreaker} {@value #BREAKER} (50 % of 10
 * calls → open 15 s), {@code @Bulkhead} 50, each overridable under
 * {@code quarkus.fault-tolerance."dev.tvegate.drm.adapter.out.expressplay.ExpressPlayTokenClient/post".*}
 * (application.properties). <b>No retry</b>: generating a token is not idempotent (ExpressPlay counts it).
 * <p>
 * Only what says ExpressPlay is unwell counts towards the breaker: 5xx ({@link ServerError}), timeouts and connection
 * failures. A 2xx–4xx answer is returned as a value, so a caller's bad parameters never pause everyone's tokens.
 */
@ApplicationScoped
class ExpressPlayTokenClient {

    /** The breaker's name (metrics, logs, {@code CircuitBreakerMaintenance}). */
    static final String BREAKER = "drm-expressplay-token";

    private final WebClient web;

    ExpressPlayTokenClient(Vertx vertx, DrmConfig config) {
        DrmConfig.ExpressPlay.Client client = config.expressplay().client();
        this.web = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) client.connectTimeout().toMillis())
                .setIdleTimeout((int) client.idleTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(true)
                .setMaxPoolSize(client.maxConnectionsPerHost())
                .setFollowRedirects(false)
                .setUserAgent("TVE-Gate-drm-token"));
    }

    @PreDestroy
    void close() {
        web.close();
    }

    /**
     * @param url the token endpoint ({@code https://fp-gen.…/hms/fp/token})
     * @param form the {@code application/x-www-form-urlencoded} body (carries secrets: never log it)
     * @return ExpressPlay's answer if its status is below 500
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName(BREAKER)
    @Bulkhead(50)
    public Uni<ExpressPlayAnswer> post(String url, String form) {
        return web.postAbs(url)
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .putHeader("Accept", "text/uri-list, application/json")
                .sendBuffer(Buffer.buffer(form))
                .map(response -> {
                    var answer = new ExpressPlayAnswer(response.statusCode(), response.getHeader("Content-Type"),
                            response.bodyAsString());
                    if (answer.status() >= 500) {
                        throw new ServerError(answer);
                    }
                    return answer;
                });
    }

    /** ExpressPlay answered 5xx: a failure of ExpressPlay (counts towards the breaker). */
    static final class ServerError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient ExpressPlayAnswer answer;

        ServerError(ExpressPlayAnswer answer) {
            super("ExpressPlay answered HTTP " + answer.status(), null, false, false);
            this.answer = answer;
        }

        ExpressPlayAnswer answer() {
            return answer;
        }
    }
}
