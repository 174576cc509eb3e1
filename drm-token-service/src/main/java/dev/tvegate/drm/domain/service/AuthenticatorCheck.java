package dev.tvegate.drm.domain.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.OptionalLong;

import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.CustomerAuthenticator;
import dev.tvegate.drm.domain.model.Environment;

/** Checks a presented {@code customerAuthenticator} ({@code <customer id>,<32 hex>}) against stored SHA-256 hashes. */
public final class AuthenticatorCheck {

    public enum Outcome {
        VALID,
        WRONG_ENVIRONMENT,
        INVALID
    }

    private AuthenticatorCheck() {
    }

    /** @return the customer id the authenticator names, if it has the right shape */
    public static OptionalLong customerId(String presented) {
        int comma = presented.indexOf(',');
        if (comma < 1 || comma > 18 || presented.length() != comma + 33) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < comma; i++) {
            if (presented.charAt(i) < '0' || presented.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(presented, 0, comma, 10));
    }

    /** Compares in constant time against every authenticator of the customer. */
    public static Outcome check(Customer customer, String presented, Environment environment) {
        byte[] hash = sha256(presented);
        Outcome outcome = Outcome.INVALID;
        for (CustomerAuthenticator a : customer.authenticators()) {
            if (MessageDigest.isEqual(hash, a.sha256())) {
                outcome = a.environment() == environment ? Outcome.VALID : Outcome.WRONG_ENVIRONMENT;
            }
        }
        return outcome;
    }

    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
