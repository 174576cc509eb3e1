package dev.tvegate.kernel.mediatoken;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;

/**
 * Not a test: a single-threaded microbenchmark of media-token signing and verification (the full path: JSON, Base64,
 * signature), run by hand on the JDK in use:
 *
 * <pre>
 * ./mvnw -B -ntp -pl shared-kernel test-compile
 * java -cp shared-kernel/target/classes:shared-kernel/target/test-classes:$(ls ~/.m2/repository/com/fasterxml/jackson/core/jackson-*&#47;*&#47;*.jar | tr '\n' :) \
 *     dev.tvegate.kernel.mediatoken.MediaTokenCryptoBenchmark [seconds]
 * </pre>
 *
 * Each measurement: warm-up of {@code seconds}, then three rounds of {@code seconds}; the best round is reported
 * (the box is shared, so the best round is the least disturbed one).
 */
public final class MediaTokenCryptoBenchmark {

    private static volatile Object sink;

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        System.out.println("JDK " + Runtime.version() + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors() + " CPUs, single thread");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair rsa = g.generateKeyPair();
        KeyPairGenerator e = KeyPairGenerator.getInstance("EC");
        e.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = e.generateKeyPair();
        run("RS256", new MediaTokenSigner("k", MediaTokenAlgorithm.RS256, rsa.getPrivate()),
                MediaTokenVerifier.fromKeySet(MediaTokenKeySet.of(List.of(new MediaTokenKey("k",
                        MediaTokenAlgorithm.RS256, rsa.getPublic())))),
                seconds);
        run("ES256", new MediaTokenSigner("k", MediaTokenAlgorithm.ES256, ec.getPrivate()),
                MediaTokenVerifier.fromKeySet(MediaTokenKeySet.of(List.of(new MediaTokenKey("k",
                        MediaTokenAlgorithm.ES256, ec.getPublic())))),
                seconds);
    }

    private static void run(String name, MediaTokenSigner signer, MediaTokenVerifier verifier, double seconds) {
        long now = System.currentTimeMillis() / 1000;
        MediaTokenClaims claims = new MediaTokenClaims("http://localhost:8083", "REF30", "REF30", "Cablevision", null,
                "0b6e0d5e6c1f4a7e9d3b2a1c0f9e8d7c", "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c", now, now, now + 420);
        String token = signer.sign(claims);
        if (!verifier.isValid(token, "REF30").equals(MediaTokenStatus.VALID_TOKEN)) {
            throw new IllegalStateException("benchmark token does not verify");
        }
        double sign = measure(() -> sink = signer.sign(claims), seconds);
        double verify = measure(() -> sink = verifier.isValid(token, "REF30"), seconds);
        System.out.printf("%s  sign %,9.0f/s (%7.1f µs)   verify %,9.0f/s (%7.1f µs)   token %d chars%n", name, sign,
                1e6 / sign, verify, 1e6 / verify, token.length());
    }

    private static double measure(Runnable op, double seconds) {
        long budget = (long) (seconds * 1e9);
        loop(op, budget); // warm-up (JIT)
        double best = 0;
        for (int round = 0; round < 3; round++) {
            best = Math.max(best, loop(op, budget));
        }
        return best;
    }

    private static double loop(Runnable op, long budgetNanos) {
        long start = System.nanoTime();
        long n = 0;
        long elapsed;
        do {
            for (int i = 0; i < 16; i++) {
                op.run();
            }
            n += 16;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budgetNanos);
        return n * 1e9 / elapsed;
    }
}
