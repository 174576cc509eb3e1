package dev.tvegate.registration.application.service;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tvegate.registration.application.port.in.ApplicationCommand;
import dev.tvegate.registration.application.port.in.IntegrationCommand;
import dev.tvegate.registration.application.port.in.MvpdCommand;
import dev.tvegate.registration.application.port.in.MvpdCommand.EndpointsInput;
import dev.tvegate.registration.application.port.in.MvpdCommand.TempPassInput;
import dev.tvegate.registration.application.port.in.ServiceProviderCommand;
import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.DegradationRule;
import dev.tvegate.registration.domain.model.EntitlementMode;
import dev.tvegate.registration.domain.model.Mvpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The self-validating commands: every refusal names the field a client must fix. */
class CatalogueCommandsTest {

    private static void refused(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static final EndpointsInput OIDC = new EndpointsInput("https://idp.example.com", "tvegate", "secret",
            null, null, null);

    @Test
    void serviceProviderDomainsAreLowerCasedDeduplicatedAndChecked() {
        var cmd = new ServiceProviderCommand("REF30", "  Reference site ",
                List.of("Adobe.COM", "adobe.com.", "localhost", "tvegate.local"));
        assertThat(cmd.name()).isEqualTo("Reference site");
        assertThat(cmd.domains()).containsExactly("adobe.com", "localhost", "tvegate.local");

        refused(() -> new ServiceProviderCommand("REF 30", "x", null), "id");
        refused(() -> new ServiceProviderCommand("REF30", " ", null), "name");
        refused(() -> new ServiceProviderCommand("REF30", "x".repeat(201), null), "name");
        refused(() -> new ServiceProviderCommand("REF30", "x", List.of("https://adobe.com")), "domains");
        refused(() -> new ServiceProviderCommand("REF30", "x", List.of("bad_domain.com")), "domains");
        refused(() -> new ServiceProviderCommand("REF30", "x", List.of("-a.com")), "domains");
    }

    @Test
    void oidcMvpdNeedsIssuerAndClientIdAndDefaultsItsScope() {
        Mvpd m = MvpdCommand.of("Sandbox", "Sandbox", "http://localhost:8090/logo.svg", "OIDC", OIDC, null)
                .toMvpd(null);
        assertThat(m.endpoints().scopes()).containsExactly("openid");
        assertThat(m.isTempPass()).isFalse();

        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc", null, null), "endpoints");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc",
                new EndpointsInput(null, "c", null, null, null, null), null), "endpoints.issuer");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc",
                new EndpointsInput("https://idp", null, null, null, null, null), null), "endpoints.clientId");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc",
                new EndpointsInput("ftp://idp", "c", null, null, null, null), null), "endpoints.issuer");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc",
                new EndpointsInput("https://idp", "c", null, null, "/relative", null), null),
                "endpoints.entitlementUrl");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", "logo.png", "oidc", OIDC, null), "logoUrl");
        MvpdCommand azureLike = MvpdCommand.of("Azure", "Azure", null, "oidc", new EndpointsInput(
                "https://login.example.com/tenant/v2.0", "app@tenant.example", null,
                List.of("openid", "api://tvegate/.default", "openid"), null, null), null);
        assertThat(azureLike.endpoints().clientId()).isEqualTo("app@tenant.example");
        assertThat(azureLike.endpoints().scopes()).containsExactly("openid", "api://tvegate/.default");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc",
                new EndpointsInput("https://idp", "client id", null, null, null, null), null), "endpoints.clientId");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc",
                new EndpointsInput("https://idp", "c", null, List.of("open id"), null, null), null),
                "endpoints.scopes");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "saml", OIDC, null), "protocol");
        refused(() -> MvpdCommand.of("Sandbox", "Sandbox", null, "oidc", OIDC, new TempPassInput(600L, null, null,
                null)), "tempPass");
    }

    @ParameterizedTest
    @CsvSource({ "59, tempPass.ttlSeconds", "31536001, tempPass.ttlSeconds" })
    void tempPassTtlIsBounded(long ttl, String field) {
        refused(() -> MvpdCommand.of("TP", "TP", null, "temppass", null, new TempPassInput(ttl, null, null, null)),
                field);
    }

    @Test
    void tempPassMvpdNeedsARuleAndNoEndpoints() {
        Mvpd m = MvpdCommand.of("TempPass_TEST40", "Temp Pass", null, "temppass", null,
                new TempPassInput(2400L, null, null, null)).toMvpd("ignored");
        assertThat(m.isTempPass()).isTrue();
        assertThat(m.tempPass().ttlSeconds()).isEqualTo(2400);
        assertThat(m.endpoints().hasClientSecret()).isFalse();

        refused(() -> MvpdCommand.of("TP", "TP", null, "temppass", null, null), "tempPass");
        refused(() -> MvpdCommand.of("TP", "TP", null, "temppass", OIDC, new TempPassInput(600L, null, null, null)),
                "endpoints");
        refused(() -> MvpdCommand.of("TP", "TP", null, "temppass", null, new TempPassInput(600L, null, -1L, null)),
                "tempPass.resourceLimit");
        refused(() -> MvpdCommand.of("TP", "TP", null, "temppass", null, new TempPassInput(600L, true, 3L, null)),
                "tempPass.identityKey");
        assertThat(MvpdCommand.of("TP", "TP", null, "temppass", null, new TempPassInput(600L, true, 3L, "email"))
                .tempPass().identityKey()).isEqualTo("email");
    }

    @Test
    void integrationDefaultsAndBounds() {
        var cmd = IntegrationCommand.of("REF30", "Sandbox", null, null, null, null, null, null, null);
        assertThat(cmd.enabled()).isTrue();
        assertThat(cmd.authnTtlSeconds()).isEqualTo(2_592_000);
        assertThat(cmd.authzTtlSeconds()).isEqualTo(86_400);
        assertThat(cmd.degradation()).isEqualTo(DegradationRule.NONE);
        assertThat(cmd.preflightMaxResources()).isEqualTo(5);
        assertThat(cmd.entitlementMode()).isEqualTo(EntitlementMode.PROFILE_CLAIM);

        var custom = IntegrationCommand.of("REF30", "Sandbox", false, 60L, 604_800L, "AuthZNone", true, 100L,
                "mvpd-endpoint");
        assertThat(custom.degradation()).isEqualTo(DegradationRule.AUTHZ_NONE);
        assertThat(custom.degradationOnBreakerOpen()).isTrue();

        refused(() -> IntegrationCommand.of("a", "b", null, 59L, null, null, null, null, null), "authnTtlSeconds");
        refused(() -> IntegrationCommand.of("a", "b", null, 90L * 86_400 + 1, null, null, null, null, null),
                "authnTtlSeconds");
        refused(() -> IntegrationCommand.of("a", "b", null, null, 604_801L, null, null, null, null),
                "authzTtlSeconds");
        refused(() -> IntegrationCommand.of("a", "b", null, null, null, "sometimes", null, null, null),
                "degradation");
        refused(() -> IntegrationCommand.of("a", "b", null, null, null, null, null, 0L, null),
                "preflightMaxResources");
        refused(() -> IntegrationCommand.of("a", "b", null, null, null, null, null, 101L, null),
                "preflightMaxResources");
        refused(() -> IntegrationCommand.of("a", "b", null, null, null, null, null, null, "telepathy"),
                "entitlementMode");
    }

    @Test
    void applicationNeedsPlatformsAndProvidersAndOnlyTheClientScope() {
        var cmd = new ApplicationCommand(" App ", "1.0.0", List.of("iOS", "web", "iOS"), List.of("REF30", "REF30"),
                List.of(), List.of("Example.com"));
        assertThat(cmd.name()).isEqualTo("App");
        assertThat(cmd.platforms()).containsExactly("iOS", "web");
        assertThat(cmd.serviceProviders()).containsExactly("REF30");
        assertThat(cmd.scopes()).containsExactly("api:client:v2");
        assertThat(cmd.domains()).containsExactly("example.com");

        assertThat(new ApplicationCommand("a", "1.0 (beta)", List.of("Android TV", "Fire TV"), List.of("REF30"), null,
                null).platforms()).containsExactly("Android TV", "Fire TV");

        refused(() -> new ApplicationCommand(null, "1", List.of("iOS"), List.of("REF30"), null, null), "name");
        refused(() -> new ApplicationCommand("a", "1", List.of("iOS", " "), List.of("REF30"), null, null),
                "platforms");
        refused(() -> new ApplicationCommand("a", " ", List.of("iOS"), List.of("REF30"), null, null), "version");
        refused(() -> new ApplicationCommand("a", "1", List.of(), List.of("REF30"), null, null), "platforms");
        refused(() -> new ApplicationCommand("a", "1", List.of("iOS"), List.of(), null, null), "serviceProviders");
        refused(() -> new ApplicationCommand("a", "1", List.of("iOS"), List.of("REF30"), List.of("admin"), null),
                "scopes");
        refused(() -> new ApplicationCommand("a", "1", List.of("iOS"), List.of("REF30"), null, List.of("a b")),
                "domains");
    }
}
