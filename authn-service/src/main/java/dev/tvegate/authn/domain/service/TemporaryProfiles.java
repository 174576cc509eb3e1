package dev.tvegate.authn.domain.service;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.authn.domain.model.TempPassConfig;
import dev.tvegate.authn.domain.model.TempPassKey;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;

/**
 * The {@code temporary} profile of a TempPass trial (spec §4.6, §8.3) and the errors of a used-up trial:
 * <ul>
 * <li>{@code issuer} = the platform issuer ({@code Adobe} by default), {@code type} = {@code temporary};</li>
 * <li>{@code notBefore}/{@code notAfter} = the trial's start and expiry; before the first authorization (the trial
 * has not started, or does not exist yet) {@code now} and {@code now + ttl}: what the trial would give if it started
 * now;</li>
 * <li>attributes: {@code userID} = {@code temppass_} + 32 hex digits of SHA-256 over SP, MVPD and the device id
 * (basic) or the identity hash (promotional) — stable for the same device or user, no raw id;
 * {@code expiration_date} = {@code notAfter} (epoch ms); promotional adds {@code remaining_resources} (a number;
 * absent when the rule sets no limit) and {@code used_assets} (the resource ids counted).</li>
 * </ul>
 * An expired trial is 403 {@code temporary_access_duration_limit_exceeded}; a promotional trial with no resource
 * left is 403 {@code temporary_access_resources_limit_exceeded}; a TempPass MVPD without a usable rule is 500
 * {@code invalid_configuration_temporary_access}.
 */
public final class TemporaryProfiles {

    /** The {@code userID} prefix of TempPass profiles (spec §4.6). */
    public static final String USER_ID_PREFIX = "temppass_";
    public static final String EXPIRATION_DATE = "expiration_date";
    public static final String REMAINING_RESOURCES = "remaining_resources";
    public static final String USED_ASSETS = "used_assets";

    private TemporaryProfiles() {
    }

    /**
     * @return the integration's TempPass rule
     * @throws EnhancedErrorException 500 {@code invalid_configuration_temporary_access} when the MVPD is a TempPass
     *         MVPD without a rule or with a rule that cannot run (no TTL, negative limit)
     */
    public static TempPassConfig rule(IntegrationConfig integration) {
        TempPassConfig rule = integration.mvpd().tempPass();
        if (rule == null || rule.ttlSeconds() <= 0 || rule.resourceLimit() < 0) {
            throw new EnhancedErrorException(ErrorCode.INVALID_CONFIGURATION_TEMPORARY_ACCESS,
                    "TempPass MVPD '" + integration.mvpdId() + "' has no usable TempPass rule (TTL, resource limit).");
        }
        return rule;
    }

    /** @return the user id of the device (basic) or identity (promotional) of {@code key} */
    public static String userId(TempPassKey key) {
        String subject = key.identityHash() != null ? "identity\n" + key.identityHash() : "device\n" + key.deviceId();
        return USER_ID_PREFIX
                + Secrets.sha256Hex(key.serviceProvider() + "\n" + key.mvpd() + "\n" + subject).substring(0, 32);
    }

    /**
     * @param trial the trial, or a preview of an unstarted one
     * @throws EnhancedErrorException 403 when the trial is used up at {@code nowMillis}
     */
    public static Profile profile(TempPassTrial trial, TempPassKey key, ProfileKey profileKey, String issuer,
            long nowMillis, String code) {
        requireUsable(trial, nowMillis);
        long notAfter = trial.notAfterAt(nowMillis);
        Map<String, ProfileAttribute> attributes = new LinkedHashMap<>();
        attributes.put(Profile.USER_ID, ProfileAttribute.plain(userId(key)));
        attributes.put(EXPIRATION_DATE, ProfileAttribute.plain(notAfter));
        if (trial.promotional()) {
            if (trial.limited()) {
                attributes.put(REMAINING_RESOURCES, ProfileAttribute.plain(trial.remainingResources()));
            }
            attributes.put(USED_ASSETS, ProfileAttribute.plain(trial.usedResources()));
        }
        return new Profile(trial.mvpd(), profileKey, ProfileType.TEMPORARY, issuer, trial.notBeforeAt(nowMillis),
                notAfter, attributes, code, null);
    }

    /** @throws EnhancedErrorException 403 when the trial is expired or out of resources at {@code nowMillis} */
    public static void requireUsable(TempPassTrial trial, long nowMillis) {
        switch (trial.stateAt(nowMillis)) {
            case EXPIRED -> throw new EnhancedErrorException(ErrorCode.TEMPORARY_ACCESS_DURATION_LIMIT_EXCEEDED,
                    "The TempPass trial of '" + trial.mvpd() + "' has ended; it stays ended until it is reset.");
            case RESOURCES_EXHAUSTED -> throw new EnhancedErrorException(
                    ErrorCode.TEMPORARY_ACCESS_RESOURCES_LIMIT_EXCEEDED,
                    "The TempPass trial of '" + trial.mvpd() + "' has played its " + trial.resourceLimit()
                            + " resources.");
            case ACTIVE -> {
                // usable
            }
        }
    }

    /** @return an unstarted trial with the rule's terms: what a first authorization at {@code now} would create */
    public static TempPassTrial preview(TempPassKey key, TempPassConfig rule) {
        return new TempPassTrial("", key.serviceProvider(), key.mvpd(), rule.promotional(), rule.ttlSeconds() * 1000,
                rule.resourceLimit(), 0, 0, null);
    }
}
