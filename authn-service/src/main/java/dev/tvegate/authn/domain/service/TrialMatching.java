package dev.tvegate.authn.domain.service;

import java.util.Optional;

/**
 * Which TempPass trial a request uses (spec §8.3), given the trial its device already belongs to and the trial its
 * identity hash already belongs to:
 * <table>
 * <tr>
 * <th>identity hash</th>
 * <th>device</th>
 * <th>trial</th>
 * <th>links written</th>
 * </tr>
 * <tr>
 * <td>new</td>
 * <td>new</td>
 * <td>a new trial</td>
 * <td>device and hash → new trial</td>
 * </tr>
 * <tr>
 * <td>existing</td>
 * <td>new</td>
 * <td>the hash's trial</td>
 * <td>device → that trial</td>
 * </tr>
 * <tr>
 * <td>new</td>
 * <td>existing</td>
 * <td>the device's trial</td>
 * <td>hash → that trial</td>
 * </tr>
 * <tr>
 * <td>existing</td>
 * <td>existing</td>
 * <td>the device's trial (when they differ)</td>
 * <td>none</td>
 * </tr>
 * </table>
 * Linking the new side means a device never gets a second trial by trying other identities, and an identity never
 * gets a second trial by moving to another device. When device and hash belong to different trials, the device's
 * trial wins: a device holds at most one trial. Basic TempPass has no hash: the device's trial, or a new one.
 * <p>
 * The Redis adapter applies exactly these rules inside one Lua script (atomically: two concurrent first requests
 * cannot create two trials); this class states them for the application and the tests.
 */
public final class TrialMatching {

    /** The outcome. */
    public enum Rule {
        /** new hash (or basic) + new device: a new trial. */
        NEW_TRIAL,
        /** existing hash + new device: the hash's trial. */
        BY_IDENTITY,
        /** new hash (or basic) + existing device: the device's trial. */
        BY_DEVICE,
        /** existing hash + existing device: the device's trial. */
        BOTH_EXISTING
    }

    /**
     * @param rule which rule applied
     * @param trialId the trial to use; null for {@link Rule#NEW_TRIAL}
     * @param linkDevice whether the device must be linked to the trial
     * @param linkIdentity whether the identity hash must be linked to the trial
     */
    public record Match(Rule rule, String trialId, boolean linkDevice, boolean linkIdentity) {
    }

    private TrialMatching() {
    }

    /**
     * @param byDevice the trial the device belongs to
     * @param byIdentity the trial the identity hash belongs to (always empty for basic TempPass)
     * @param promotional whether the identity hash takes part
     */
    public static Match match(Optional<String> byDevice, Optional<String> byIdentity, boolean promotional) {
        if (byDevice.isPresent() && byIdentity.isPresent()) {
            return new Match(Rule.BOTH_EXISTING, byDevice.get(), false, false);
        }
        if (byDevice.isPresent()) {
            return new Match(Rule.BY_DEVICE, byDevice.get(), false, promotional);
        }
        if (byIdentity.isPresent()) {
            return new Match(Rule.BY_IDENTITY, byIdentity.get(), true, false);
        }
        return new Match(Rule.NEW_TRIAL, null, true, promotional);
    }
}
