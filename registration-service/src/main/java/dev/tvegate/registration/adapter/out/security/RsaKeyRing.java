package dev.tvegate.registration.adapter.out.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.tvegate.kernel.code.Secrets;

/**
 * The RSA keys that sign access tokens and software statements. Every key of the ring is published in the JWKS and
 * accepted when verifying; only {@link #current()} signs. Rotation: add the new key file, make it current, restart;
 * keep the previous file until the last token it signed has expired (the access-token TTL), then remove it.
 * <p>
 * Immutable and thread-safe.
 */
public final class RsaKeyRing {

    /** Smallest accepted modulus (NIST SP 800-57: 2048 bits until 2030). */
    public static final int MIN_KEY_BITS = 2048;

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PKCS8_END = "-----END PRIVATE KEY-----";

    /** One key pair of the ring. */
    public record SigningKey(String kid, RSAPrivateKey privateKey, RSAPublicKey publicKey) {
        @Override
        public String toString() {
            return "SigningKey[kid=" + kid + "]";
        }
    }

    private final Map<String, SigningKey> byKid;
    private final SigningKey current;
    private final boolean generated;

    private RsaKeyRing(Map<String, SigningKey> byKid, SigningKey current, boolean generated) {
        this.byKid = Collections.unmodifiableMap(new TreeMap<>(byKid));
        this.current = current;
        this.generated = generated;
    }

    /**
     * Loads every {@code <kid>.pem} (PKCS#8, unencrypted) of a directory.
     *
     * @param currentKid the kid that signs; empty = the greatest kid in lexical order
     * @throws IllegalStateException with an operator-readable message if the directory is missing or empty, a key
     *         cannot be read, is not RSA or is shorter than {@value #MIN_KEY_BITS} bits, or the current kid is unknown
     */
    public static RsaKeyRing fromDirectory(Path dir, Optional<String> currentKid) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("tvegate.registration.keys.dir: " + dir + " is not a directory");
        }
        TreeMap<String, SigningKey> keys = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(".pem")).filter(Files::isRegularFile)
                    .forEach(files::add);
        } catch (IOException e) {
            throw new IllegalStateException("tvegate.registration.keys.dir: cannot list " + dir + ": " + e.getMessage(),
                    e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String kid = name.substring(0, name.length() - ".pem".length());
            if (!KID.matcher(kid).matches()) {
                throw new IllegalStateException("Key file " + file + ": the file name (the kid) must match " + KID);
            }
            String pem;
            try {
                pem = Files.readString(file, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new IllegalStateException("Key file " + file + " cannot be read: " + e.getMessage(), e);
            }
            keys.put(kid, parsePkcs8(kid, pem, file.toString()));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("tvegate.registration.keys.dir: no <kid>.pem key in " + dir);
        }
        String kid = currentKid.filter(k -> !k.isBlank()).orElseGet(() -> keys.lastKey());
        SigningKey current = keys.get(kid);
        if (current == null) {
            throw new IllegalStateException("tvegate.registration.keys.current-kid=" + kid + " but " + dir
                    + " holds only " + keys.keySet());
        }
        return new RsaKeyRing(keys, current, false);
    }

    /**
     * A ring of one freshly generated key, for development only: its tokens do not survive a restart.
     *
     * @param kid the kid to use; empty = {@code dev-<random>} (so a restarted service refuses old tokens by kid)
     */
    public static RsaKeyRing generated(Optional<String> kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MIN_KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            String k = kid.filter(s -> !s.isBlank()).orElseGet(() -> "dev-" + Secrets.newUuid().substring(0, 8));
            SigningKey key = new SigningKey(k, (RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
            return new RsaKeyRing(Map.of(k, key), key, true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    /** Builds a ring from keys already in memory (tests). */
    public static RsaKeyRing of(List<SigningKey> keys, String currentKid) {
        Map<String, SigningKey> map = new TreeMap<>();
        keys.forEach(k -> map.put(k.kid(), k));
        SigningKey current = map.get(currentKid);
        if (current == null) {
            throw new IllegalArgumentException("unknown current kid " + currentKid);
        }
        return new RsaKeyRing(map, current, false);
    }

    /** Parses one PKCS#8 PEM RSA private key and derives its public key. */
    public static SigningKey parsePkcs8(String kid, String pem, String source) {
        String text = pem.strip();
        if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
            throw new IllegalStateException("Key " + source + " is PKCS#1; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in old.pem -out " + kid + ".pem'");
        }
        if (text.contains("ENCRYPTED PRIVATE KEY")) {
            throw new IllegalStateException("Key " + source + " is encrypted; provide an unencrypted PKCS#8 key "
                    + "(protect the file with permissions or a secret store)");
        }
        int begin = text.indexOf(PKCS8_BEGIN);
        int end = text.indexOf(PKCS8_END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("Key " + source + " is not a PEM 'PRIVATE KEY' (PKCS#8)");
        }
        String base64 = text.substring(begin + PKCS8_BEGIN.length(), end).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            KeyFactory factory = KeyFactory.getInstance("RSA");
            if (!(factory.generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey privateKey)) {
                throw new IllegalStateException("Key " + source + " carries no public exponent (not a CRT RSA key)");
            }
            if (privateKey.getModulus().bitLength() < MIN_KEY_BITS) {
                throw new IllegalStateException("Key " + source + " has " + privateKey.getModulus().bitLength()
                        + " bits; at least " + MIN_KEY_BITS + " are required");
            }
            RSAPublicKey publicKey = (RSAPublicKey) factory
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new SigningKey(kid, privateKey, publicKey);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("Key " + source + " is not a valid RSA PKCS#8 key: " + e.getMessage(), e);
        }
    }

    /** @return the key that signs new tokens */
    public SigningKey current() {
        return current;
    }

    /** @return the public key of {@code kid} if the ring holds it */
    public Optional<RSAPublicKey> publicKey(String kid) {
        SigningKey key = kid == null ? null : byKid.get(kid);
        return key == null ? Optional.empty() : Optional.of(key.publicKey());
    }

    /** @return every key, ordered by kid */
    public List<SigningKey> all() {
        return List.copyOf(byKid.values());
    }

    /** @return whether this is a generated development ring */
    public boolean isGenerated() {
        return generated;
    }
}
