package dev.tvegate.registration.application.service;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.registration.application.port.in.AccessTokenResult;
import dev.tvegate.registration.application.port.in.IssueAccessTokenCommand;
import dev.tvegate.registration.application.port.in.IssueAccessTokenUseCase;
import dev.tvegate.registration.application.port.out.AccessTokenIssuerPort;
import dev.tvegate.registration.application.port.out.AccessTokenIssuerPort.IssuedAccessToken;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceClientDirectoryPort;
import dev.tvegate.registration.domain.error.OAuthError;
import dev.tvegate.registration.domain.error.OAuthErrorException;
import dev.tvegate.registration.domain.model.DcrClient;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import dev.tvegate.registration.domain.model.ServiceClient;
import io.smallrye.mutiny.Uni;

/**
 * The client-credentials grant (spec §1.3). Configured service clients are checked first, then DCR clients. Secrets
 * are compared as SHA-256 hashes in constant time; an unknown client costs the same hash-and-compare as a known one.
 * A DCR client of a revoked (or deleted) application gets {@code invalid_client}; one whose application has no service
 * provider gets {@code unauthorized_client}.
 * <p>
 * Signing (one RSA-2048 signature, about 1 ms of CPU) runs on {@code signingExecutor}, a worker pool, so that the
 * event loop keeps serving other requests meanwhile. Measured with {@code bench/token-bench.sh} on 2 shared cores:
 * signing on the event loop halved the throughput of the DCR path (≈510 vs ≈1020 tokens/s), because the database
 * client's I/O waits behind the signatures. Applications are read through a {@link ShortLivedApplicationCache}
 * (a revocation takes effect within its TTL); client records are always read from the repository.
 */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {

    static final String CLIENT_CREDENTIALS = "client_credentials";
    /** Compared against when the client is unknown, so that both paths cost the same. */
    private static final String NO_SUCH_HASH = Secrets.sha256Hex("no such client");

    private final ServiceClientDirectoryPort serviceClients;
    private final ClientRepositoryPort clients;
    private final ShortLivedApplicationCache applications;
    private final AccessTokenIssuerPort issuer;
    private final Executor signingExecutor;

    /**
     * @param applicationCacheTtl how long an application look-up is reused: the longest time a revoked application's
     *        clients may still obtain tokens (zero: every request reads the repository)
     */
    public IssueAccessTokenService(ServiceClientDirectoryPort serviceClients, ClientRepositoryPort clients,
            ApplicationRepositoryPort applications, Duration applicationCacheTtl, AccessTokenIssuerPort issuer,
            Executor signingExecutor) {
        this.serviceClients = serviceClients;
        this.clients = clients;
        this.applications = new ShortLivedApplicationCache(applications, applicationCacheTtl);
        this.issuer = issuer;
        this.signingExecutor = signingExecutor;
    }

    @Override
    public Uni<AccessTokenResult> issue(IssueAccessTokenCommand command) {
        if (!CLIENT_CREDENTIALS.equals(command.grantType())) {
            return Uni.createFrom().failure(new OAuthErrorException(OAuthError.UNSUPPORTED_GRANT_TYPE,
                    "Only grant_type=client_credentials is supported"));
        }
        String presentedHash = Secrets.sha256Hex(command.clientSecret());
        Optional<ServiceClient> serviceClient = serviceClients.find(command.clientId());
        if (serviceClient.isPresent()) {
            ServiceClient sc = serviceClient.get();
            if (!Secrets.constantTimeEquals(presentedHash, sc.secretSha256())) {
                return Uni.createFrom().failure(invalidClient());
            }
            return sign(sc.clientId(), null, sc.serviceProviders(), sc.scopes());
        }
        return clients.findById(command.clientId())
                .onItem().transformToUni(found -> {
                    DcrClient client = found.orElse(null);
                    boolean secretMatches = Secrets.constantTimeEquals(presentedHash,
                            client == null ? NO_SUCH_HASH : client.secretHash());
                    if (client == null || !secretMatches) {
                        return Uni.createFrom().failure(invalidClient());
                    }
                    return applications.findById(client.applicationId())
                            .onItem().transformToUni(app -> issueFor(client, app));
                });
    }

    private Uni<AccessTokenResult> issueFor(DcrClient client, Optional<RegisteredApplication> found) {
        if (found.isEmpty() || found.get().revoked()) {
            return Uni.createFrom().failure(new OAuthErrorException(OAuthError.INVALID_CLIENT,
                    "The client's software statement was revoked; register again with a valid one"));
        }
        RegisteredApplication app = found.get();
        if (app.serviceProviders().isEmpty()) {
            return Uni.createFrom().failure(new OAuthErrorException(OAuthError.UNAUTHORIZED_CLIENT,
                    "The client's application is not linked to any service provider"));
        }
        return sign(client.clientId(), app.id(), new HashSet<>(app.serviceProviders()), new HashSet<>(app.scopes()));
    }

    private Uni<AccessTokenResult> sign(String clientId, String applicationId, Set<String> serviceProviders,
            Set<String> scopes) {
        return Uni.createFrom().item(() -> {
            IssuedAccessToken t = issuer.issue(clientId, applicationId, serviceProviders, scopes);
            return new AccessTokenResult(t.id(), t.accessToken(), t.createdAtMillis(), t.expiresInSeconds());
        }).runSubscriptionOn(signingExecutor);
    }

    private static OAuthErrorException invalidClient() {
        return new OAuthErrorException(OAuthError.INVALID_CLIENT, "Client authentication failed");
    }
}
