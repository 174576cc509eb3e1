package dev.tvegate.authn.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.tvegate.authn.application.port.in.GetProfilesUseCase;
import dev.tvegate.authn.application.port.in.LookupProfileUseCase;
import dev.tvegate.authn.application.port.in.ProfileQuery;
import dev.tvegate.authn.application.port.in.SessionQuery;
import dev.tvegate.authn.application.port.out.CodeLookupPort;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.domain.model.DeviceContext;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.service.DegradedProfiles;
import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import io.smallrye.mutiny.Uni;

/**
 * Profiles (spec §4.6), keyed to client application, device and service provider. Expired profiles are absent (the
 * store expires them). Under an active AuthNAll rule, asking for an MVPD's profile yields a degraded profile, created
 * on first request.
 */
public final class ProfileService implements GetProfilesUseCase, LookupProfileUseCase {

    private final ConfigurationPort configuration;
    private final ProfileStorePort profiles;
    private final CodeLookupPort codeLookup;
    private final CodeGenerator codes;
    private final String platformIssuer;
    private final Clock clock;

    public ProfileService(ConfigurationPort configuration, ProfileStorePort profiles, CodeLookupPort codeLookup,
            CodeGenerator codes, String platformIssuer, Clock clock) {
        this.configuration = configuration;
        this.profiles = profiles;
        this.codeLookup = codeLookup;
        this.codes = codes;
        this.platformIssuer = platformIssuer;
        this.clock = clock;
    }

    @Override
    public Uni<List<Profile>> all(ProfileQuery query) {
        return Requests.serviceProvider(configuration, query.serviceProvider()).chain(config -> {
            DeviceContext device = Requests.device(query.device());
            ProfileKey key = new ProfileKey(query.client().clientId(), device.deviceId(), config.serviceProvider().id());
            long now = clock.millis();
            return profiles.findAll(key).map(list -> list.stream().filter(p -> p.isValidAt(now)).toList());
        });
    }

    @Override
    public Uni<Optional<Profile>> forMvpd(ProfileQuery query) {
        return Requests.serviceProvider(configuration, query.serviceProvider()).chain(config -> {
            DeviceContext device = Requests.device(query.device());
            IntegrationConfig integration = Requests.enabledIntegration(config, query.mvpd());
            ProfileKey key = new ProfileKey(query.client().clientId(), device.deviceId(), config.serviceProvider().id());
            return findOrDegrade(key, integration);
        });
    }

    @Override
    public Uni<Optional<Profile>> byCode(SessionQuery query) {
        String code = Requests.code(codes, query.code());
        return codeLookup.lookup(code).map(found -> {
            long now = clock.millis();
            Optional<Profile> profile = found.profile().filter(p -> p.isValidAt(now));
            if (profile.isPresent()) {
                Profile p = profile.get();
                if (!p.key().serviceProvider().equals(query.serviceProvider())) {
                    throw Requests.unknownSession();
                }
                if (!p.key().clientId().equals(query.client().clientId())) {
                    throw new EnhancedErrorException(ErrorCode.INVALID_AUTHENTICATION_SESSION,
                            "This authentication session belongs to another client application.");
                }
                return profile;
            }
            // no profile yet: fine while the session lives (the user is still signing in), an error once it expired
            boolean pending = found.session()
                    .filter(s -> s.serviceProvider().equals(query.serviceProvider()) && s.isValidAt(now))
                    .isPresent();
            if (!pending) {
                throw Requests.unknownSession();
            }
            return Optional.<Profile> empty();
        });
    }

    @Override
    public Uni<Optional<Profile>> lookup(String serviceProvider, String mvpd, String clientId, String deviceId) {
        return configuration.find(serviceProvider).chain(found -> {
            Optional<IntegrationConfig> integration = found.flatMap(c -> c.enabledIntegration(mvpd));
            if (integration.isEmpty() || clientId == null || clientId.isBlank() || deviceId == null
                    || deviceId.isBlank()) {
                return Uni.createFrom().item(Optional.<Profile> empty());
            }
            return findOrDegrade(new ProfileKey(clientId, deviceId, serviceProvider), integration.get());
        });
    }

    private Uni<Optional<Profile>> findOrDegrade(ProfileKey key, IntegrationConfig integration) {
        return profiles.find(key, integration.mvpdId()).chain(found -> {
            long now = clock.millis();
            Optional<Profile> valid = found.filter(p -> p.isValidAt(now));
            if (valid.isPresent() || !integration.authnAllDegradationActive() || integration.isTempPass()) {
                return Uni.createFrom().item(valid);
            }
            Profile degraded = DegradedProfiles.create(key, integration, platformIssuer, now, null);
            return profiles.save(degraded).replaceWith(Optional.of(degraded));
        });
    }
}
