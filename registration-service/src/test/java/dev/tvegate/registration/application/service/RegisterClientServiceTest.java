package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.registration.application.port.in.RegisterClientCommand;
import dev.tvegate.registration.application.port.in.RegisterClientResult;
import dev.tvegate.registration.domain.error.OAuthError;
import dev.tvegate.registration.domain.model.DcrClient;

import static dev.tvegate.registration.application.service.IssueAccessTokenServiceTest.assertError;
import static dev.tvegate.registration.application.service.SecurityFakes.app;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterClientServiceTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00.789Z");

    final SecurityFakes.Applications applications = new SecurityFakes.Applications()
            .with(app("ok", List.of("REF30"), List.of("programmer.com", "com.programmer"), false))
            .with(app("revoked", List.of("REF30"), List.of("programmer.com"), true));
    final SecurityFakes.Clients clients = new SecurityFakes.Clients();
    final RegisterClientService service = new RegisterClientService(new SecurityFakes.Statements(), applications,
            clients, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void registersAClientAndStoresOnlyTheSecretsHash() {
        RegisterClientResult r = register("valid:ok", List.of("adobepass://com.programmer"));

        assertThat(Base64.getUrlDecoder().decode(r.clientId())).hasSize(16);
        assertThat(Base64.getUrlDecoder().decode(r.clientSecret())).hasSize(32);
        assertThat(r.issuedAtEpochSeconds()).isEqualTo(NOW.getEpochSecond());
        assertThat(r.redirectUris()).containsExactly("adobepass://com.programmer");
        assertThat(r.grantTypes()).containsExactly("client_credentials");
        assertThat(r.scopes()).containsExactly("api:client:v2");

        DcrClient stored = clients.byId.get(r.clientId());
        assertThat(stored.applicationId()).isEqualTo("ok");
        assertThat(stored.secretHash()).isEqualTo(Secrets.sha256Hex(r.clientSecret())).isNotEqualTo(r.clientSecret());
        assertThat(stored.redirectUris()).containsExactly("adobepass://com.programmer");
        assertThat(r.toString()).doesNotContain(r.clientSecret());
    }

    @Test
    void everyRegistrationGetsFreshCredentials() {
        RegisterClientResult a = register("valid:ok", List.of());
        RegisterClientResult b = register("valid:ok", List.of());
        assertThat(a.clientId()).isNotEqualTo(b.clientId());
        assertThat(a.clientSecret()).isNotEqualTo(b.clientSecret());
        assertThat(clients.byId).hasSize(2);
    }

    @Test
    void acceptsRedirectUrisOnTheDomainsAndTheirSubdomains() {
        assertThat(register("valid:ok", List.of("https://programmer.com/cb", "https://www.Programmer.com./done",
                "app://com.programmer#xyz", "adobepass://sub.com.programmer")).redirectUris()).hasSize(4);
    }

    @Test
    void badSignatureIsInvalidSoftwareStatement() {
        assertError(() -> register("forged", List.of()), OAuthError.INVALID_SOFTWARE_STATEMENT);
    }

    @Test
    void unknownOrRevokedApplicationIsUnapproved() {
        assertError(() -> register("valid:revoked", List.of()), OAuthError.UNAPPROVED_SOFTWARE_STATEMENT);
        assertError(() -> register("valid:deleted", List.of()), OAuthError.UNAPPROVED_SOFTWARE_STATEMENT);
        assertThat(clients.byId).isEmpty();
    }

    @Test
    void redirectUriOutsideTheDomainsIsRefused() {
        for (String uri : List.of("https://evil.com/cb", "https://programmer.com.evil.com/cb",
                "https://notprogrammer.com/cb", "https://programmer.com@evil.com/", "javascript:alert(1)",
                "/relative/path", "file:///etc/passwd", "data:text/html,hi", "https:///nohost", "not a uri",
                "https://xn--prgrammer-com.evil/")) {
            assertError(() -> register("valid:ok", List.of(uri)), OAuthError.INVALID_REDIRECT_URI);
        }
        assertThat(clients.byId).isEmpty();
    }

    @Test
    void missingStatementIsInvalidRequest() {
        assertError(() -> new RegisterClientCommand(null, List.of()), OAuthError.INVALID_REQUEST);
        assertError(() -> new RegisterClientCommand("  ", List.of()), OAuthError.INVALID_REQUEST);
    }

    private RegisterClientResult register(String statement, List<String> uris) {
        return service.register(new RegisterClientCommand(statement, uris)).await().indefinitely();
    }
}
