package dev.tvegate.drm.adapter.out.expressplay;

import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import dev.tvegate.drm.application.port.out.TokenIssuerPort;
import dev.tvegate.drm.config.DrmConfig;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.IssuedToken;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.model.TokenParameters;
import io.smallrye.mutiny.Uni;

/**
 * The {@code expressplay} backend: forwards a validated request to ExpressPlay's token host for its DRM and this
 * deployment's environment ({@code tvegate.drm.expressplay.<production|test>.<fp|wv|pr>-url} +
 * {@code /hms/<fp|wv|pr>/token}) as a form {@code POST} of the request's parameters (repeated ones repeated), with
 * <ul>
 * <li>{@code customerAuthenticator} replaced by the customer's <em>own</em> ExpressPlay credential for the
 * environment (none → {@link TokenErrorCode#ADMIN_ERROR}),</li>
 * <li>{@code errorFormat=json}, so refusals are readable,</li>
 * <li>{@code contentKey=<hex>} added when the key came from TVE Gate's key storage ({@code kid} is kept).</li>
 * </ul>
 * The call goes through {@link ExpressPlayTokenClient}'s guard (timeout, breaker {@value ExpressPlayTokenClient#BREAKER},
 * bulkhead; no retry). Outcomes:
 * <table>
 * <tr>
 * <th>ExpressPlay</th>
 * <th>TVE Gate</th>
 * </tr>
 * <tr>
 * <td>2xx with a token</td>
 * <td>the {@link IssuedToken}</td>
 * </tr>
 * <tr>
 * <td>2xx unreadable, 5xx, other status, unknown code</td>
 * <td>{@code UPSTREAM_FAILED} (502)</td>
 * </tr>
 * <tr>
 * <td>4xx with a known code</td>
 * <td>that code, details {@code "ExpressPlay: <message>"}</td>
 * </tr>
 * <tr>
 * <td>{@code -2018}</td>
 * <td>{@code ADMIN_ERROR} (500) "ExpressPlay refused the configured credential": the
 * caller's authenticator was fine, the one TVE Gate holds for the customer is not — not the caller's -2018</td>
 * </tr>
 * <tr>
 * <td>no answer in time</td>
 * <td>{@code UPSTREAM_TIMEOUT} (504)</td>
 * </tr>
 * <tr>
 * <td>breaker open, bulkhead full, unreachable</td>
 * <td>{@code UPSTREAM_UNAVAILABLE} (503)</td>
 * </tr>
 * </table>
 * Logs carry DRM, customer, status, code and duration; never the credential or the key.
 */
@ApplicationScoped
public class ExpressPlayTokenIssuerAdapter implements TokenIssuerPort {

    private static final Logger LOG = Logger.getLogger(ExpressPlayTokenIssuerAdapter.class);
    private static final HexFormat HEX = HexFormat.of();

    static final String CUSTOMER_AUTHENTICATOR = "customerAuthenticator";
    static final String ERROR_FORMAT = "errorFormat";
    static final String CONTENT_KEY = "contentKey";

    private final ExpressPlayTokenClient client;
    private final DrmConfig.ExpressPlay config;

    ExpressPlayTokenIssuerAdapter(ExpressPlayTokenClient client, DrmConfig config) {
        this.client = client;
        this.config = config.expressplay();
    }

    @Override
    public TokenBackend backend() {
        return TokenBackend.EXPRESSPLAY;
    }

    @Override
    public Uni<IssuedToken> issue(IssueRequest request) {
        return Uni.createFrom().deferred(() -> {
            Environment environment = request.environment();
            String credential = request.customer().expressPlayAuthenticators().get(environment);
            if (credential == null || credential.isBlank()) {
                return Uni.createFrom().failure(new TokenRequestException(TokenErrorCode.ADMIN_ERROR,
                        "no ExpressPlay credential configured for " + environment.id()));
            }
            TokenParameters parameters = request.parameters()
                    .with(CUSTOMER_AUTHENTICATOR, credential)
                    .with(ERROR_FORMAT, "json");
            String storedKeyHex = null;
            if (request.storedKey().isPresent()) {
                storedKeyHex = HEX.formatHex(request.contentKey());
                parameters = parameters.with(CONTENT_KEY, storedKeyHex);
            }
            List<String> secrets = storedKeyHex == null ? List.of(credential) : List.of(credential, storedKeyHex);
            DrmSystem drm = request.grant().drm();
            long customer = request.customer().id();
            long start = System.nanoTime();
            return client.post(tokenUrl(environment, drm), form(parameters))
                    .onItemOrFailure().invoke((answer, failure) -> log(drm, customer, answer, failure, start))
                    .map(answer -> {
                        if (answer.status() / 100 != 2) {
                            throw answer.refusal(secrets);
                        }
                        return answer.token(drm);
                    })
                    .onFailure(e -> !(e instanceof TokenRequestException)).transform(e -> translate(e, secrets));
        });
    }

    private String tokenUrl(Environment environment, DrmSystem drm) {
        DrmConfig.ExpressPlay.Hosts hosts = environment == Environment.TEST ? config.test() : config.production();
        String base = switch (drm) {
            case FAIRPLAY -> hosts.fpUrl();
            case WIDEVINE -> hosts.wvUrl();
            case PLAYREADY -> hosts.prUrl();
        };
        return base.replaceAll("/+$", "") + "/hms/" + drm.pathSegment() + "/token";
    }

    /** {@code application/x-www-form-urlencoded}: names as sent (case-sensitive), every value of repeated ones. */
    static String form(TokenParameters parameters) {
        StringJoiner body = new StringJoiner("&");
        parameters.asMap().forEach((name, values) -> values.forEach(value -> body.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return body.toString();
    }

    private static TokenRequestException translate(Throwable e, List<String> secrets) {
        if (e instanceof ExpressPlayTokenClient.ServerError server) {
            return server.answer().refusal(secrets);
        }
        if (e instanceof TimeoutException) {
            return new TokenRequestException(TokenErrorCode.UPSTREAM_TIMEOUT, "ExpressPlay did not answer in time");
        }
        if (e instanceof CircuitBreakerOpenException) {
            return new TokenRequestException(TokenErrorCode.UPSTREAM_UNAVAILABLE,
                    "ExpressPlay is failing; token requests are paused for a moment");
        }
        if (e instanceof BulkheadException) {
            return new TokenRequestException(TokenErrorCode.UPSTREAM_UNAVAILABLE,
                    "too many ExpressPlay requests in flight");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return new TokenRequestException(TokenErrorCode.UPSTREAM_UNAVAILABLE, "ExpressPlay cannot be reached");
            }
        }
        return new TokenRequestException(TokenErrorCode.UPSTREAM_FAILED,
                "ExpressPlay call failed (" + e.getClass().getSimpleName() + ")");
    }

    private static void log(DrmSystem drm, long customer, ExpressPlayAnswer answer, Throwable failure, long start) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String outcome = answer != null ? answer.summary()
                : failure instanceof ExpressPlayTokenClient.ServerError server ? server.answer().summary()
                        : failure.getClass().getSimpleName();
        Logger.Level level = answer == null ? Logger.Level.WARN
                : answer.status() / 100 == 2 ? Logger.Level.DEBUG : Logger.Level.INFO;
        LOG.logf(level, "ExpressPlay %s token for customer %d: %s in %d ms", drm.pathSegment(), customer, outcome,
                millis);
    }
}
