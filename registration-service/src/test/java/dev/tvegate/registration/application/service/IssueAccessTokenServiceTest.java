package dev.tvegate.registration.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.registration.application.port.in.AccessTokenResult;
import dev.tvegate.registration.application.port.in.IssueAccessTokenCommand;
import dev.tvegate.registration.domain.error.OAuthError;
import dev.tvegate.registration.domain.error.OAuthErrorException;
import dev.tvegate.registration.domain.model.DcrClient;
import dev.tvegate.registration.domain.model.ServiceClient;

import static dev.tvegate.registration.application.service.SecurityFakes.app;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueAccessTokenServiceTest {

    final SecurityFakes.Applications applications = new SecurityFakes.Applications()
            .with(app("ok", List.of("REF30", "CNN"), List.of("example.com"), false))
            .with(app("revoked", List.of("REF30"), List.of("example.com"), true))
            .with(app("no-sp", List.of(), List.of("example.com"), false));
    final SecurityFakes.Clients clients = new SecurityFakes.Clients();
    final SecurityFakes.ServiceClients serviceClients = new SecurityFakes.ServiceClients()
            .with(new ServiceClient("svc", Secrets.sha256Hex("svc-secret"), Set.of("internal"), Set.of("*")));
    final SecurityFakes.Issuer issuer = new SecurityFakes.Issuer();
    final IssueAccessTokenService service = new IssueAccessTokenService(serviceClients, clients, applications,
            java.time.Duration.ZERO, issuer,
            Runnable::run);

    IssueAccessTokenServiceTest() {
        client("c-ok", "s-ok", "ok");
        client("c-revoked", "s-revoked", "revoked");
        client("c-no-sp", "s-no-sp", "no-sp");
        client("c-orphan", "s-orphan", "deleted-app");
    }

    @Test
    void dcrClientGetsATokenForItsApplicationsServiceProvidersAndScopes() {
        AccessTokenResult result = issue("c-ok", "s-ok", "client_credentials");

        assertThat(result.accessToken()).isEqualTo("token-1");
        assertThat(result.expiresInSeconds()).isEqualTo(21600);
        assertThat(issuer.issued).containsExactly(new SecurityFakes.Issuer.Issued("c-ok", "ok",
                Set.of("REF30", "CNN"), Set.of("api:client:v2")));
    }

    @Test
    void serviceClientGetsATokenWithItsConfiguredScopesAndNoApplication() {
        issue("svc", "svc-secret", "client_credentials");

        assertThat(issuer.issued).containsExactly(new SecurityFakes.Issuer.Issued("svc", null, Set.of("*"),
                Set.of("internal")));
    }

    @Test
    void wrongSecretUnknownClientRevokedOrDeletedApplicationAreInvalidClient() {
        assertError(() -> issue("c-ok", "s-wrong", "client_credentials"), OAuthError.INVALID_CLIENT);
        assertError(() -> issue("svc", "s-wrong", "client_credentials"), OAuthError.INVALID_CLIENT);
        assertError(() -> issue("nobody", "s", "client_credentials"), OAuthError.INVALID_CLIENT);
        assertError(() -> issue("c-revoked", "s-revoked", "client_credentials"), OAuthError.INVALID_CLIENT);
        assertError(() -> issue("c-orphan", "s-orphan", "client_credentials"), OAuthError.INVALID_CLIENT);
        assertThat(issuer.issued).isEmpty();
    }

    @Test
    void applicationWithoutServiceProviderIsUnauthorizedClient() {
        assertError(() -> issue("c-no-sp", "s-no-sp", "client_credentials"), OAuthError.UNAUTHORIZED_CLIENT);
    }

    @Test
    void otherGrantIsUnsupportedEvenBeforeCheckingTheClient() {
        assertError(() -> issue("c-ok", "s-ok", "authorization_code"), OAuthError.UNSUPPORTED_GRANT_TYPE);
        assertError(() -> issue("nobody", "x", "password"), OAuthError.UNSUPPORTED_GRANT_TYPE);
    }

    @Test
    void missingParametersAreInvalidRequest() {
        assertError(() -> new IssueAccessTokenCommand(null, "s", "client_credentials"), OAuthError.INVALID_REQUEST);
        assertError(() -> new IssueAccessTokenCommand("c", " ", "client_credentials"), OAuthError.INVALID_REQUEST);
        assertError(() -> new IssueAccessTokenCommand("c", "s", ""), OAuthError.INVALID_REQUEST);
    }

    @Test
    void commandNeverPrintsTheSecret() {
        assertThat(new IssueAccessTokenCommand("c", "very-secret", "client_credentials").toString())
                .doesNotContain("very-secret");
    }

    private AccessTokenResult issue(String id, String secret, String grant) {
        return service.issue(new IssueAccessTokenCommand(id, secret, grant)).await().indefinitely();
    }

    private void client(String id, String secret, String appId) {
        clients.save(new DcrClient(id, Secrets.sha256Hex(secret), appId, List.of(), Instant.now()));
    }

    static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, OAuthError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OAuthErrorException.class,
                e -> assertThat(e.error()).isEqualTo(error));
    }
}
