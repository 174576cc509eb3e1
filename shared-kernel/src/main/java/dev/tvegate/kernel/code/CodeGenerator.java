package dev.tvegate.kernel.code;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

/**
 * Generates the user-typed authentication codes (v2 {@code code}, v1 registration code) shown on a device and typed
 * on a second screen.
 * <p>
 * The spec documents neither the alphabet nor the length (§10 item 12), so TVE Gate follows RFC 8628 §6.1: the 20
 * consonants {@value #ALPHABET}. Without vowels no word (offensive or otherwise) can appear, and without digits there
 * is no 0/O or 1/I confusion; input is case-insensitive and normalised by {@link #normalize(String)} (strip spaces and
 * dashes, upper-case) before lookup.
 * <p>
 * Entropy is {@code length × log2(20)} bits: about 4.32 bits a character, so the default length of 8 gives about 34.6
 * bits. That is only enough because guessing is bounded (RFC 8628 §5.1, perf-reliability-figures §4a): with at most 5
 * attempts per code during its lifetime the success probability stays near 2⁻³², and the per-IP throttle (spec §7)
 * limits how many codes an attacker can probe at all. Callers must enforce both.
 * <p>
 * Codes come from a {@link SecureRandom}, drawing each character uniformly (no modulo bias). Instances are
 * thread-safe.
 */
public final class CodeGenerator {

    /** RFC 8628 §6.1 alphabet: upper-case consonants, no vowels, no digits. */
    public static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 16;
    public static final int DEFAULT_LENGTH = 8;

    private static final double BITS_PER_CHARACTER = Math.log(ALPHABET.length()) / Math.log(2);

    private final int length;
    private final SecureRandom random;

    /** @throws IllegalArgumentException if {@code length} is outside [{@value #MIN_LENGTH}, {@value #MAX_LENGTH}] */
    public CodeGenerator(int length) {
        this(length, new SecureRandom());
    }

    /** Same as {@link #CodeGenerator(int)} with a given random source (tests, or a specific provider). */
    public CodeGenerator(int length, SecureRandom random) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "code length must be between " + MIN_LENGTH + " and " + MAX_LENGTH + ": " + length);
        }
        this.length = length;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @return a generator of {@value #DEFAULT_LENGTH}-character codes (≈ 34.6 bits) */
    public static CodeGenerator defaultUserCodes() {
        return new CodeGenerator(DEFAULT_LENGTH);
    }

    /** @return a new random code of {@link #length()} characters from {@link #ALPHABET} */
    public String next() {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** @return the code length */
    public int length() {
        return length;
    }

    /** @return {@code length × log2(20)} */
    public double entropyBits() {
        return length * BITS_PER_CHARACTER;
    }

    /**
     * Normalises what a user typed: trims, removes dashes and spaces, upper-cases.
     *
     * @return the normalised code, or null for null
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(typed.length());
        for (char c : typed.strip().toCharArray()) {
            if (c != '-' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** @return whether a normalised code has this generator's length and only alphabet characters */
    public boolean isWellFormed(String normalized) {
        return normalized != null && normalized.length() == length
                && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
