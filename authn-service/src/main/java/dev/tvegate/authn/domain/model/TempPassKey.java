package dev.tvegate.authn.domain.model;

import java.util.Objects;

import dev.tvegate.kernel.code.Secrets;

/**
 * Who asks for a TempPass trial (spec §8.3): a device, and for promotional TempPass also the hash of the user's
 * identity, for one service provider and TempPass MVPD.
 *
 * @param serviceProvider the SP
 * @param mvpd the TempPass MVPD
 * @param deviceId the device id (v2: decoded {@code AP-Device-Identifier}; v1: the {@code deviceId} parameter)
 * @param identityHash promotional: the identity hash derived from {@code AP-TempPass-Identity} / {@code generic_data};
 *        null for basic TempPass
 */
public record TempPassKey(String serviceProvider, String mvpd, String deviceId, String identityHash) {

    public TempPassKey {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(mvpd, "mvpd");
        Objects.requireNonNull(deviceId, "deviceId");
    }

    /** @return lower-case hex SHA-256 of the device id: the form used in storage keys */
    public String deviceHash() {
        return Secrets.sha256Hex(deviceId);
    }

    /** @return lower-case hex SHA-256 of the identity hash (storage keys stay fixed-length), null for basic */
    public String identityKeyHash() {
        return identityHash == null ? null : Secrets.sha256Hex(identityHash);
    }

    @Override
    public String toString() {
        return "TempPassKey[sp=" + serviceProvider + ", mvpd=" + mvpd + ", device=" + deviceHash().substring(0, 12)
                + "…, promotional=" + (identityHash != null) + "]";
    }
}
