package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.tvegate.registration.application.port.in.ApplicationCommand;
import dev.tvegate.registration.application.port.in.CreatedApplication;
import dev.tvegate.registration.application.port.in.IntegrationCommand;
import dev.tvegate.registration.application.port.in.ManageIntegrationsUseCase.UpsertResult;
import dev.tvegate.registration.application.port.in.MvpdCommand;
import dev.tvegate.registration.application.port.in.MvpdCommand.EndpointsInput;
import dev.tvegate.registration.application.port.in.MvpdCommand.TempPassInput;
import dev.tvegate.registration.application.port.in.ServiceProviderCommand;
import dev.tvegate.registration.application.port.in.ServiceProviderConfiguration;
import dev.tvegate.registration.domain.error.ConflictException;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.EntitlementMode;
import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.RegisteredApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue use cases against in-memory ports. */
class CatalogueServicesTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final CatalogueFakes.ServiceProviders spRepo = new CatalogueFakes.ServiceProviders();
    private final CatalogueFakes.Mvpds mvpdRepo = new CatalogueFakes.Mvpds();
    private final CatalogueFakes.Integrations integrationRepo = new CatalogueFakes.Integrations();
    private final CatalogueFakes.Applications appRepo = new CatalogueFakes.Applications();
    private final CatalogueFakes.SoftwareStatements statements = new CatalogueFakes.SoftwareStatements();

    private final ServiceProviderService serviceProviders = new ServiceProviderService(spRepo, appRepo);
    private final MvpdService mvpds = new MvpdService(mvpdRepo, integrationRepo);
    private final IntegrationService integrations = new IntegrationService(spRepo, mvpdRepo, integrationRepo);
    private final ApplicationService applications = new ApplicationService(appRepo, spRepo, statements,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final ConfigurationService configuration = new ConfigurationService(spRepo, mvpdRepo, integrationRepo);

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().indefinitely();
    }

    private static MvpdCommand oidc(String id, String name, String secret, String entitlementUrl) {
        return MvpdCommand.of(id, name, "https://cdn.example.com/" + id + ".png", "oidc",
                new EndpointsInput("https://idp.example.com", "tvegate", secret, List.of("openid"), entitlementUrl,
                        null),
                null);
    }

    private static MvpdCommand tempPass(String id, String name) {
        return MvpdCommand.of(id, name, null, "temppass", null, new TempPassInput(600L, null, null, null));
    }

    private static IntegrationCommand integration(String sp, String mvpd, boolean enabled) {
        return IntegrationCommand.of(sp, mvpd, enabled, null, null, null, null, null, null);
    }

    @BeforeEach
    void ref30() {
        await(serviceProviders.create(new ServiceProviderCommand("REF30", "Reference site", List.of("adobe.com"))));
    }

    @Nested
    class ServiceProviders {
        @Test
        void aSecondCreateWithTheSameIdIsAConflictAndChangesNothing() {
            assertThatThrownBy(() -> await(serviceProviders
                    .create(new ServiceProviderCommand("REF30", "Other", List.of("other.example")))))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("REF30");
            assertThat(spRepo.rows.get("REF30").name()).isEqualTo("Reference site");
        }

        @Test
        void updateReplacesNameAndDomainsButNeedsAnExistingProvider() {
            var updated = await(serviceProviders
                    .update(new ServiceProviderCommand("REF30", "Renamed", List.of("WWW.Example.com", "example.com"))));
            assertThat(updated.name()).isEqualTo("Renamed");
            assertThat(updated.domains()).containsExactly("www.example.com", "example.com");
            assertThatThrownBy(() -> await(serviceProviders.update(new ServiceProviderCommand("NOPE", "x", null))))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void deletingAProviderNamedByAnApplicationIsRefusedUntilTheApplicationIsGone() {
            CreatedApplication app = await(applications.create(appCommand(List.of("REF30"))));
            assertThatThrownBy(() -> await(serviceProviders.delete("REF30")))
                    .isInstanceOf(ConflictException.class).hasMessageContaining(app.application().id());
            assertThat(spRepo.rows).containsKey("REF30");

            await(applications.delete(app.application().id()));
            await(serviceProviders.delete("REF30"));
            assertThat(spRepo.rows).doesNotContainKey("REF30");
            assertThatThrownBy(() -> await(serviceProviders.delete("REF30"))).isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Mvpds {
        @Test
        void anUpdateWithoutSecretKeepsTheStoredOneAndAnUpdateWithOneReplacesIt() {
            await(mvpds.create(oidc("Cablevision", "Optimum", "s3cret", null)));

            Mvpd kept = await(mvpds.update(oidc("Cablevision", "Optimum TV", null, null)));
            assertThat(kept.displayName()).isEqualTo("Optimum TV");
            assertThat(kept.endpoints().clientSecret()).isEqualTo("s3cret");

            Mvpd replaced = await(mvpds.update(oidc("Cablevision", "Optimum TV", "new-secret", null)));
            assertThat(replaced.endpoints().clientSecret()).isEqualTo("new-secret");
        }

        @Test
        void createTwiceIsAConflictAndUpdatingAnUnknownMvpdIsNotFound() {
            await(mvpds.create(tempPass("TempPass_TEST40", "Temp Pass")));
            assertThatThrownBy(() -> await(mvpds.create(tempPass("TempPass_TEST40", "Again"))))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> await(mvpds.update(tempPass("Unknown", "x"))))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void anIntegratedMvpdCannotBeDeleted() {
            await(mvpds.create(tempPass("TempPass_TEST40", "Temp Pass")));
            await(integrations.upsert(integration("REF30", "TempPass_TEST40", true)));
            assertThatThrownBy(() -> await(mvpds.delete("TempPass_TEST40")))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("REF30");

            await(integrations.delete("REF30", "TempPass_TEST40"));
            await(mvpds.delete("TempPass_TEST40"));
            assertThat(mvpdRepo.rows).isEmpty();
        }
    }

    @Nested
    class Integrations {
        @Test
        void upsertReportsWhetherItCreatedAndStoresDefaults() {
            await(mvpds.create(tempPass("TempPass_TEST40", "Temp Pass")));
            UpsertResult first = await(integrations.upsert(integration("REF30", "TempPass_TEST40", true)));
            assertThat(first.created()).isTrue();
            assertThat(first.integration().authnTtlSeconds()).isEqualTo(30L * 86_400);
            assertThat(first.integration().authzTtlSeconds()).isEqualTo(86_400);
            assertThat(first.integration().preflightMaxResources()).isEqualTo(5);

            UpsertResult second = await(integrations.upsert(integration("REF30", "TempPass_TEST40", false)));
            assertThat(second.created()).isFalse();
            assertThat(await(integrations.get("REF30", "TempPass_TEST40")).enabled()).isFalse();
        }

        @Test
        void bothEndsMustExist() {
            await(mvpds.create(tempPass("TempPass_TEST40", "Temp Pass")));
            assertThatThrownBy(() -> await(integrations.upsert(integration("NOPE", "TempPass_TEST40", true))))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("NOPE");
            assertThatThrownBy(() -> await(integrations.upsert(integration("REF30", "Ghost", true))))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("Ghost");
            assertThatThrownBy(() -> await(integrations.list("NOPE"))).isInstanceOf(NotFoundException.class);
            assertThat(integrationRepo.rows).isEmpty();
        }

        @Test
        void mvpdEndpointEntitlementsNeedAnMvpdWithAnEntitlementUrl() {
            await(mvpds.create(oidc("NoEnt", "No entitlement endpoint", null, null)));
            await(mvpds.create(oidc("WithEnt", "Entitlement endpoint", null, "https://idp.example.com/ent")));
            IntegrationCommand noEnt = IntegrationCommand.of("REF30", "NoEnt", true, null, null, null, null, null,
                    "mvpd-endpoint");
            assertThatThrownBy(() -> await(integrations.upsert(noEnt)))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("entitlementMode"));
            IntegrationCommand withEnt = IntegrationCommand.of("REF30", "WithEnt", true, null, null, null, null, null,
                    "mvpd-endpoint");
            assertThat(await(integrations.upsert(withEnt)).integration().entitlementMode())
                    .isEqualTo(EntitlementMode.MVPD_ENDPOINT);
        }

        @Test
        void deletingAMissingIntegrationIsNotFound() {
            assertThatThrownBy(() -> await(integrations.delete("REF30", "Ghost")))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Applications {
        @Test
        void createGeneratesIdsKeysAndAStatement() {
            CreatedApplication created = await(applications.create(appCommand(List.of("REF30"))));
            RegisteredApplication app = created.application();
            assertThat(app.id()).matches("[0-9a-f-]{36}");
            assertThat(app.legacyPublicKey()).isNotBlank().isNotEqualTo(app.id());
            assertThat(created.legacyPrivateKey()).hasSizeGreaterThanOrEqualTo(43); // 32 bytes, Base64url
            assertThat(app.legacyPrivateKey()).isEqualTo(created.legacyPrivateKey());
            assertThat(app.createdAt()).isEqualTo(NOW);
            assertThat(app.scopes()).containsExactly("api:client:v2");
            assertThat(created.softwareStatement()).isEqualTo("statement-for:" + app.id());
            assertThat(appRepo.rows).containsKey(app.id());

            CreatedApplication other = await(applications.create(appCommand(List.of("REF30"))));
            assertThat(other.legacyPrivateKey()).isNotEqualTo(created.legacyPrivateKey());
        }

        @Test
        void unknownServiceProvidersAreAValidationErrorAndNothingIsStored() {
            assertThatThrownBy(() -> await(applications.create(appCommand(List.of("REF30", "GHOST")))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("serviceProviders");
                        assertThat(e.getMessage()).contains("GHOST").doesNotContain("REF30");
                    });
            assertThat(appRepo.rows).isEmpty();
            assertThat(statements.issued).isZero();
        }

        @Test
        void revokeIsIdempotentAndVoidsTheStatement() {
            String id = await(applications.create(appCommand(List.of("REF30")))).application().id();
            assertThat(await(applications.softwareStatement(id))).isEqualTo("statement-for:" + id);

            assertThat(await(applications.revoke(id)).revoked()).isTrue();
            assertThat(await(applications.revoke(id)).revoked()).isTrue();
            assertThat(appRepo.rows.get(id).revoked()).isTrue();
            assertThatThrownBy(() -> await(applications.softwareStatement(id)))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> await(applications.revoke("missing"))).isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Configuration {
        @Test
        void publicConfigurationListsEnabledIntegrationsByDisplayNameAndFullListsAll() {
            await(mvpds.create(oidc("Zeta", "alpha cable", null, null)));
            await(mvpds.create(oidc("Alpha", "Zed TV", null, null)));
            await(mvpds.create(tempPass("TempPass_TEST40", "Temp Pass")));
            await(integrations.upsert(integration("REF30", "Zeta", true)));
            await(integrations.upsert(integration("REF30", "Alpha", true)));
            await(integrations.upsert(integration("REF30", "TempPass_TEST40", false)));

            ServiceProviderConfiguration pub = await(configuration.publicConfiguration("REF30")).orElseThrow();
            assertThat(pub.serviceProvider().name()).isEqualTo("Reference site");
            assertThat(pub.mvpds()).extracting(m -> m.mvpd().id()).containsExactly("Zeta", "Alpha");

            ServiceProviderConfiguration full = await(configuration.fullConfiguration("REF30")).orElseThrow();
            assertThat(full.mvpds()).extracting(m -> m.mvpd().id()).containsExactly("Zeta", "TempPass_TEST40",
                    "Alpha");
            assertThat(full.mvpds()).filteredOn(m -> m.mvpd().id().equals("TempPass_TEST40"))
                    .singleElement().satisfies(m -> assertThat(m.integration().enabled()).isFalse());
        }

        @Test
        void unknownServiceProviderIsEmptyAndAProviderWithoutIntegrationsHasNoMvpds() {
            assertThat(await(configuration.publicConfiguration("NOPE"))).isEmpty();
            assertThat(await(configuration.publicConfiguration("REF30")).orElseThrow().mvpds()).isEmpty();
        }
    }

    private static ApplicationCommand appCommand(List<String> sps) {
        return new ApplicationCommand("Demo app", "1.0", List.of("iOS", "web"), sps, null, List.of("example.com"));
    }
}
