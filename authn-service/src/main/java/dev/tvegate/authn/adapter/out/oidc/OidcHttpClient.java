package dev.tvegate.authn.adapter.out.oidc;

import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.authn.config.LoginConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Plain HTTP to OpenID Connect MVPDs, whose URLs come from configuration and discovery (so no fixed-base REST client
 * fits). Non-blocking (Vert.x). Never follows redirects; fault tolerance is added by {@link OidcRemote}. Bodies are
 * returned as text with the status; interpreting them is the caller's job.
 */
@ApplicationScoped
class OidcHttpClient {

    /** An HTTP answer: status and body (empty string when none). */
    record HttpResult(int status, String body) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private final WebClient client;
    private final long idleTimeoutMillis;

    OidcHttpClient(Vertx vertx, LoginConfig config) {
        LoginConfig.Http http = config.http();
        this.idleTimeoutMillis = http.readTimeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) http.connectTimeout().toMillis())
                .setFollowRedirects(false)
                .setKeepAlive(true)
                .setMaxPoolSize(http.maxConnectionsPerHost())
                .setUserAgent("TVE-Gate-authn"));
    }

    /** {@code GET url} accepting JSON. */
    Uni<HttpResult> getJson(String url) {
        return send(client.getAbs(url).putHeader(HttpHeaders.ACCEPT.toString(), "application/json"), null);
    }

    /**
     * {@code POST url} with an {@code application/x-www-form-urlencoded} body.
     *
     * @param authorization the {@code Authorization} header value, or null
     */
    Uni<HttpResult> postForm(String url, Map<String, String> form, String authorization) {
        HttpRequest<io.vertx.mutiny.core.buffer.Buffer> request = client.postAbs(url)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json");
        if (authorization != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization);
        }
        MultiMap body = MultiMap.caseInsensitiveMultiMap();
        form.forEach(body::add);
        return send(request, body);
    }

    private Uni<HttpResult> send(HttpRequest<io.vertx.mutiny.core.buffer.Buffer> request, MultiMap form) {
        request.timeout(idleTimeoutMillis);
        Uni<HttpResponse<io.vertx.mutiny.core.buffer.Buffer>> response = form == null ? request.send()
                : request.sendForm(form);
        return response.map(r -> new HttpResult(r.statusCode(), r.bodyAsString() == null ? "" : r.bodyAsString()));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
