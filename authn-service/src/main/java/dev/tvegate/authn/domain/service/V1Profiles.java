package dev.tvegate.authn.domain.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;

/**
 * How REST v1 AuthN tokens map onto profiles (spec §6). v1 binds authentication to the requestor and the device, not
 * to a client application (the second screen that signs in and the device that reads the token are different
 * clients, and the regcode record does not say which DCR client created it). A v1 token is therefore a profile keyed
 * to the pseudo client {@code v1:<requestor>}, the device's {@code deviceId} exactly as the device sends it (the value
 * in the regcode record's {@code info.deviceId}) and the requestor. Every DCR client of the requestor sees it on v1;
 * v2 profiles (keyed to real client ids) and v1 tokens never see each other.
 */
public final class V1Profiles {

    /** Prefix of the pseudo client id of v1 tokens. */
    public static final String CLIENT_PREFIX = "v1:";

    private V1Profiles() {
    }

    /** @return the pseudo client of {@code requestor}'s v1 tokens */
    public static ClientContext client(String requestor) {
        return new ClientContext(CLIENT_PREFIX + requestor, null);
    }

    /** @return the profile key of a v1 device */
    public static ProfileKey key(String requestor, String deviceId) {
        return new ProfileKey(CLIENT_PREFIX + requestor, deviceId, requestor);
    }

    /** @return the token {@code tokens/authn} shows when a device has several: the one created last */
    public static Optional<Profile> current(List<Profile> valid) {
        return valid.stream().max(Comparator.comparingLong(Profile::notBefore));
    }
}
