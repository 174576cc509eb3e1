package dev.tvegate.authn.application.service;

import java.time.Clock;

import dev.tvegate.authn.application.port.in.ManageTempPassTrialsUseCase;
import dev.tvegate.authn.application.port.in.ResetTempPassCommand;
import dev.tvegate.authn.application.port.in.ResetTempPassUseCase;
import dev.tvegate.authn.application.port.in.TempPassTrialCommand;
import dev.tvegate.authn.application.port.in.TempPassTrialResult;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.TempPassStorePort;
import dev.tvegate.authn.application.port.out.TempPassStorePort.ResourceCount;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.authn.domain.model.TempPassConfig;
import dev.tvegate.authn.domain.model.TempPassIdentity;
import dev.tvegate.authn.domain.model.TempPassKey;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.authn.domain.service.TempPassIdentities;
import dev.tvegate.authn.domain.service.TemporaryProfiles;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.id.Identifiers;
import io.smallrye.mutiny.Uni;

/**
 * TempPass (spec §8.3): trials keyed by device (basic) or device and identity hash (promotional), started by the first
 * authorization, checked against the service clock; the temporary profiles they show; the internal operations of
 * authz; the admin reset.
 * <ul>
 * <li>Reading a profile never creates or starts a trial: before the first authorization the profile shows
 * {@code now … now + ttl}.</li>
 * <li>The identity of promotional TempPass is required ({@link TempPassIdentities}); basic TempPass ignores it.</li>
 * <li>A trial keeps the terms (TTL, limit) it was created with; a changed rule applies to new trials.</li>
 * </ul>
 */
public final class TempPassService implements ManageTempPassTrialsUseCase, ResetTempPassUseCase {

    /** Longest resource id counted (plain ids or the id authz extracted from MRSS). */
    static final int MAX_RESOURCE_CHARS = 1024;
    /** Longest device id accepted (the kernel's bound on {@code AP-Device-Identifier}). */
    static final int MAX_DEVICE_ID_CHARS = 512;

    private final ConfigurationPort configuration;
    private final TempPassStorePort trials;
    private final String platformIssuer;
    private final Clock clock;

    public TempPassService(ConfigurationPort configuration, TempPassStorePort trials, String platformIssuer,
            Clock clock) {
        this.configuration = configuration;
        this.trials = trials;
        this.platformIssuer = platformIssuer;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------- profiles

    /**
     * The temporary profile of a TempPass integration for a device (spec §4.6), read without starting anything.
     *
     * @param profileKey the client, device and SP the profile is shown to
     * @param code the authentication code the profile answers on {@code /profiles/code/{code}}, may be null
     * @throws EnhancedErrorException 403 when the trial is used up, 400 for a bad identity, 500 for a bad rule
     */
    public Uni<Profile> temporaryProfile(IntegrationConfig integration, ProfileKey profileKey,
            TempPassIdentity identity, String code) {
        TempPassConfig rule = TemporaryProfiles.rule(integration);
        TempPassKey key = key(profileKey.serviceProvider(), integration, profileKey.deviceId(), rule, identity);
        return trials.find(key).map(found -> {
            TempPassTrial trial = found.orElseGet(() -> TemporaryProfiles.preview(key, rule));
            return TemporaryProfiles.profile(trial, key, profileKey, platformIssuer, clock.millis(), code);
        });
    }

    // ------------------------------------------------------------------------------------------- internal (authz)

    @Override
    public Uni<TempPassTrialResult> startOrRead(TempPassTrialCommand command) {
        return integration(command.serviceProvider(), command.mvpd()).chain(integration -> {
            TempPassConfig rule = TemporaryProfiles.rule(integration);
            TempPassKey key = key(command.serviceProvider(), integration, deviceId(command.deviceId()), rule,
                    command.identity());
            return trials.startOrRead(key, rule, clock.millis()).map(trial -> result(trial, key, null, null));
        });
    }

    @Override
    public Uni<TempPassTrialResult> countResource(TempPassTrialCommand command) {
        String resource = command.resource();
        if (resource == null || resource.isBlank() || resource.length() > MAX_RESOURCE_CHARS) {
            return Uni.createFrom().failure(new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_RESOURCES,
                    "A resource id of 1 to " + MAX_RESOURCE_CHARS + " characters is required."));
        }
        return integration(command.serviceProvider(), command.mvpd()).chain(integration -> {
            TempPassConfig rule = TemporaryProfiles.rule(integration);
            TempPassKey key = key(command.serviceProvider(), integration, deviceId(command.deviceId()), rule,
                    command.identity());
            return trials.startOrRead(key, rule, clock.millis())
                    .chain(trial -> trials.countResource(trial.trialId(), resource, clock.millis())
                            // reset between the two steps: count on the trial a new start gives
                            .chain(count -> count.isPresent() ? Uni.createFrom().item(count.get())
                                    : trials.startOrRead(key, rule, clock.millis())
                                            .chain(again -> trials.countResource(again.trialId(), resource,
                                                    clock.millis()))
                                            .map(again -> again.orElseThrow(() -> new IllegalStateException(
                                                    "TempPass trial vanished twice while counting a resource")))))
                    .map(count -> counted(count, key, resource));
        });
    }

    private TempPassTrialResult counted(ResourceCount count, TempPassKey key, String resource) {
        EnhancedError refusal = switch (count.verdict()) {
            case EXPIRED -> EnhancedError.of(ErrorCode.TEMPORARY_ACCESS_DURATION_LIMIT_EXCEEDED,
                    "The TempPass trial has ended.");
            case LIMIT_REACHED -> EnhancedError.of(ErrorCode.TEMPORARY_ACCESS_RESOURCES_LIMIT_EXCEEDED,
                    "The TempPass trial has played its " + count.trial().resourceLimit() + " resources.");
            case COUNTED, ALREADY_COUNTED, UNLIMITED -> null;
        };
        return result(count.trial(), key, resource, count.verdict()).withRefusal(refusal);
    }

    private TempPassTrialResult result(TempPassTrial trial, TempPassKey key, String resource,
            TempPassStorePort.Verdict verdict) {
        long now = clock.millis();
        TempPassTrial.State state = trial.stateAt(now);
        EnhancedError refusal = switch (state) {
            case EXPIRED -> EnhancedError.of(ErrorCode.TEMPORARY_ACCESS_DURATION_LIMIT_EXCEEDED,
                    "The TempPass trial has ended.");
            case RESOURCES_EXHAUSTED -> verdict == null
                    ? EnhancedError.of(ErrorCode.TEMPORARY_ACCESS_RESOURCES_LIMIT_EXCEEDED,
                            "The TempPass trial has played its " + trial.resourceLimit() + " resources.")
                    : null;
            case ACTIVE -> null;
        };
        return new TempPassTrialResult(trial, state, TemporaryProfiles.userId(key), resource, verdict, refusal);
    }

    // -------------------------------------------------------------------------------------------------- reset

    @Override
    public Uni<Long> reset(ResetTempPassCommand command) {
        if (!Identifiers.isValidEntityId(command.serviceProvider())) {
            return Uni.createFrom().failure(new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_SERVICE_PROVIDER,
                    "requestor_id is required and must be a service provider id."));
        }
        if (!Identifiers.isValidEntityId(command.mvpd())) {
            return Uni.createFrom().failure(new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_MVPD,
                    "mvpd_id is required and must be an MVPD id."));
        }
        return Requests.serviceProvider(configuration, command.serviceProvider()).chain(config -> {
            // a disabled integration's trials may still be reset
            boolean tempPass = config.integration(command.mvpd()).map(IntegrationConfig::isTempPass).orElse(false);
            if (!tempPass) {
                throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_MVPD, "'" + command.mvpd()
                        + "' is not a TempPass MVPD of service provider '" + command.serviceProvider() + "'.");
            }
            String sp = config.serviceProvider().id();
            if (command.all()) {
                return trials.resetAll(sp, command.mvpd());
            }
            String value = command.value().strip();
            return switch (command.by()) {
                case DEVICE -> {
                    if (value.length() > MAX_DEVICE_ID_CHARS) {
                        throw new EnhancedErrorException(ErrorCode.INVALID_HEADER_DEVICE_IDENTIFIER,
                                "device_id is longer than " + MAX_DEVICE_ID_CHARS + " characters.");
                    }
                    yield trials.resetDevice(sp, command.mvpd(), value);
                }
                case IDENTITY -> {
                    if (!TempPassIdentities.looksLikeHash(value)) {
                        throw new EnhancedErrorException(ErrorCode.INVALID_HEADER_IDENTITY_FOR_TEMPORARY_ACCESS,
                                "key must be an identity hash of up to 128 characters [A-Za-z0-9._:-].");
                    }
                    yield trials.resetIdentity(sp, command.mvpd(), value);
                }
            };
        });
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** @return the enabled TempPass integration; 400 {@code invalid_parameter_mvpd} for any other MVPD */
    Uni<IntegrationConfig> integration(String serviceProvider, String mvpd) {
        return Requests.serviceProvider(configuration, serviceProvider).map(config -> tempPassIntegration(config, mvpd));
    }

    static IntegrationConfig tempPassIntegration(SpConfiguration config, String mvpd) {
        IntegrationConfig integration = Requests.enabledIntegration(config, mvpd);
        if (!integration.isTempPass()) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_MVPD,
                    "'" + mvpd + "' is not a TempPass MVPD.");
        }
        return integration;
    }

    /** @return the trial key; promotional rules require the identity */
    static TempPassKey key(String serviceProvider, IntegrationConfig integration, String deviceId,
            TempPassConfig rule, TempPassIdentity identity) {
        String identityHash = rule.promotional() ? TempPassIdentities.hash(identity, rule.identityKey()) : null;
        return new TempPassKey(serviceProvider, integration.mvpdId(), deviceId, identityHash);
    }

    private static String deviceId(String deviceId) {
        if (deviceId == null || deviceId.isBlank() || deviceId.length() > MAX_DEVICE_ID_CHARS
                || deviceId.chars().anyMatch(Character::isISOControl)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_HEADER_DEVICE_IDENTIFIER,
                    "deviceId (the decoded device id) is required: 1 to " + MAX_DEVICE_ID_CHARS + " characters.");
        }
        return deviceId;
    }
}
