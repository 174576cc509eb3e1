package dev.tvegate.drm.domain.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.CustomerAuthenticator;
import dev.tvegate.drm.domain.model.Environment;

/**
 * Checks a presented {@code customerAuthenticator} ({@code "<customer id>,<32 hex>"}, spec §1) on the token hot path:
 * {@link #parse} finds the customer id and hashes the whole string (hex digits lower-cased, as they are minted);
 * {@link #verify} compares the hash in constant time with each of the customer's stored hashes.
 * <p>
 * Usage: {@code parse(presented)} → empty = -2018; otherwise look the customer up by {@link Presented#customerId()}
 * and {@code verify(presented, customer, environment)}.
 */
public final class AuthenticatorCheck {

    /** At most 18 digits, so that the id fits a {@code long}. */
    private static final Pattern FORMAT = Pattern.compile("([0-9]{1,18}),([0-9a-fA-F]{32})");

    private AuthenticatorCheck() {
    }

    /** A well-formed authenticator: the customer it names and the SHA-256 of its canonical form. */
    public record Presented(long customerId, byte[] sha256) {
        public Presented {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** The answer of {@link #verify}. */
    public sealed interface Outcome {
    }

    /** One of the customer's authenticators for this environment. */
    public record Valid(Customer customer) implements Outcome {
    }

    /** One of the customer's authenticators, but for the other environment (still -2018 for the caller). */
    public record WrongEnvironment(Customer customer, Environment environment) implements Outcome {
    }

    /** Unknown customer, malformed, or no matching authenticator. */
    public record Invalid() implements Outcome {
    }

    /** @return the customer id and hash of a well-formed authenticator; empty for anything else */
    public static Optional<Presented> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented);
        if (!m.matches()) {
            return Optional.empty();
        }
        long customerId = Long.parseLong(m.group(1));
        return Optional.of(new Presented(customerId, sha256(customerId + "," + m.group(2).toLowerCase(Locale.ROOT))));
    }

    /** @return SHA-256 of the UTF-8 bytes of {@code authenticator} (the stored form of a minted authenticator) */
    public static byte[] sha256(String authenticator) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(authenticator.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * @param customer the customer named by {@code presented}, if it exists
     * @param environment the environment this deployment serves
     */
    public static Outcome verify(Presented presented, Optional<Customer> customer, Environment environment) {
        if (customer.isEmpty() || customer.get().id() != presented.customerId()) {
            return new Invalid();
        }
        Optional<Environment> matched = Optional.empty();
        for (CustomerAuthenticator stored : customer.get().authenticators()) {
            // every stored hash is compared, in constant time, whatever the outcome
            if (MessageDigest.isEqual(stored.sha256(), presented.sha256())
                    && (matched.isEmpty() || stored.environment() == environment)) {
                matched = Optional.of(stored.environment());
            }
        }
        if (matched.isEmpty()) {
            return new Invalid();
        }
        return matched.get() == environment ? new Valid(customer.get())
                : new WrongEnvironment(customer.get(), matched.get());
    }

    /** @return {@link #parse} then {@link #verify}; a malformed authenticator is {@link Invalid} */
    public static Outcome check(String presented, Optional<Customer> customer, Environment environment) {
        return parse(presented).map(p -> verify(p, customer, environment)).orElseGet(Invalid::new);
    }
}
