import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.UUID;

import dev.tvegate.kernel.mediatoken.MediaTokenAlgorithm;
import dev.tvegate.kernel.mediatoken.MediaTokenClaims;
import dev.tvegate.kernel.mediatoken.MediaTokenSigner;
import dev.tvegate.kernel.mediatoken.MediaTokenStatus;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;

/**
 * Bench context only (`java -cp <shared-kernel jar>:<jackson jars> MediaTokenCrypto.java [ms per case (1500)]`): one
 * thread signs and verifies media tokens with shared-kernel's MediaTokenSigner / MediaTokenVerifier (the full path:
 * Base64, JSON, JCA signature), ES256 and RS256, and prints operations per second per core.
 */
public class MediaTokenCrypto {

    public static void main(String[] args) throws Exception {
        long ms = args.length > 0 ? Long.parseLong(args[0]) : 1500;
        for (MediaTokenAlgorithm alg : new MediaTokenAlgorithm[] {MediaTokenAlgorithm.ES256, MediaTokenAlgorithm.RS256}) {
            KeyPairGenerator g = KeyPairGenerator.getInstance(alg == MediaTokenAlgorithm.ES256 ? "EC" : "RSA");
            if (alg == MediaTokenAlgorithm.ES256) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(2048);
            }
            KeyPair keys = g.generateKeyPair();
            MediaTokenSigner signer = new MediaTokenSigner("k", alg, keys.getPrivate());
            MediaTokenVerifier verifier = MediaTokenVerifier.fromPublicKey("k", keys.getPublic()).forRequestor("SP");
            long now = System.currentTimeMillis() / 1000;
            MediaTokenClaims claims = new MediaTokenClaims("http://authz", "SP", "REF30", "MVPD", null,
                    UUID.randomUUID().toString(), UUID.randomUUID().toString(), now, now, now + 420);
            String token = signer.sign(claims);
            if (verifier.isValid(token, "REF30") != MediaTokenStatus.VALID_TOKEN) {
                throw new IllegalStateException("does not verify");
            }
            double sign = rate(ms, () -> signer.sign(claims));
            double verify = rate(ms, () -> verifier.isValid(token, "REF30"));
            System.out.printf("%s  sign %,8.0f/s   verify %,8.0f/s   (one thread, MediaTokenSigner/MediaTokenVerifier)%n",
                    alg, sign, verify);
        }
    }

    static double rate(long ms, Runnable op) {
        long warm = System.nanoTime() + ms * 1_000_000L / 2;
        while (System.nanoTime() < warm) {
            op.run();
        }
        long start = System.nanoTime();
        long end = start + ms * 1_000_000L;
        long n = 0;
        long t;
        do {
            op.run();
            n++;
        } while ((t = System.nanoTime()) < end);
        return n * 1e9 / (t - start);
    }
}
