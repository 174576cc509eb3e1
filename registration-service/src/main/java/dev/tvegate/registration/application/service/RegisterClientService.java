package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.registration.application.port.in.RegisterClientCommand;
import dev.tvegate.registration.application.port.in.RegisterClientResult;
import dev.tvegate.registration.application.port.in.RegisterClientUseCase;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.domain.error.OAuthError;
import dev.tvegate.registration.domain.error.OAuthErrorException;
import dev.tvegate.registration.domain.model.DcrClient;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import dev.tvegate.registration.domain.service.RedirectUriPolicy;
import io.smallrye.mutiny.Uni;

/**
 * Dynamic client registration (spec §1.2): the statement's signature must verify against the published keys, its
 * application must exist and not be revoked, and every requested redirect URI must lie within the application's
 * domains. The client id (128 bits) and secret (256 bits) come from a CSPRNG; only the secret's SHA-256 is stored.
 */
public final class RegisterClientService implements RegisterClientUseCase {

    static final int CLIENT_ID_BYTES = 16;
    static final int CLIENT_SECRET_BYTES = 32;

    private final SoftwareStatementPort statements;
    private final ApplicationRepositoryPort applications;
    private final ClientRepositoryPort clients;
    private final Clock clock;

    public RegisterClientService(SoftwareStatementPort statements, ApplicationRepositoryPort applications,
            ClientRepositoryPort clients, Clock clock) {
        this.statements = statements;
        this.applications = applications;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Uni<RegisterClientResult> register(RegisterClientCommand command) {
        Optional<String> applicationId = statements.verify(command.softwareStatement());
        if (applicationId.isEmpty()) {
            return Uni.createFrom().failure(new OAuthErrorException(OAuthError.INVALID_SOFTWARE_STATEMENT,
                    "The software statement is malformed or its signature does not verify"));
        }
        return applications.findById(applicationId.get())
                .onItem().transformToUni(app -> register(command, app));
    }

    private Uni<RegisterClientResult> register(RegisterClientCommand command, Optional<RegisteredApplication> found) {
        if (found.isEmpty() || found.get().revoked()) {
            return Uni.createFrom().failure(new OAuthErrorException(OAuthError.UNAPPROVED_SOFTWARE_STATEMENT,
                    "The software statement's application is unknown or was revoked"));
        }
        RegisteredApplication app = found.get();
        for (String uri : command.redirectUris()) {
            if (!RedirectUriPolicy.isAllowed(uri, app.domains())) {
                return Uni.createFrom().failure(new OAuthErrorException(OAuthError.INVALID_REDIRECT_URI,
                        "redirect_uri must be an absolute URI whose host is one of the application's domains "
                                + "or a subdomain of one"));
            }
        }
        String clientId = Secrets.randomToken(CLIENT_ID_BYTES);
        String clientSecret = Secrets.randomToken(CLIENT_SECRET_BYTES);
        Instant issuedAt = clock.instant();
        DcrClient client = new DcrClient(clientId, Secrets.sha256Hex(clientSecret), app.id(),
                command.redirectUris(), issuedAt);
        return clients.save(client)
                .map(saved -> new RegisterClientResult(clientId, clientSecret, issuedAt.getEpochSecond(),
                        saved.redirectUris(), List.of(IssueAccessTokenService.CLIENT_CREDENTIALS), app.scopes()));
    }
}
