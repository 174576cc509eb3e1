package dev.tvegate.authz.adapter.out.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.kernel.mediatoken.MediaTokenAlgorithm;
import dev.tvegate.kernel.mediatoken.MediaTokenKey;
import dev.tvegate.kernel.mediatoken.MediaTokenKeySet;
import dev.tvegate.kernel.mediatoken.MediaTokenSigner;
import io.quarkus.runtime.Startup;

/**
 * The media-token signing keys. From {@code tvegate.authz.media-token.keys.dir}: every {@code <kid>.pem} (PKCS#8
 * {@code PRIVATE KEY}, plus its {@code PUBLIC KEY} block for EC; EC P-256 → ES256, RSA ≥ 2048 → RS256) is published in the
 * JWKS, and one signs
 * ({@code signing-kid}, else the last name in sort order). Rotation: add the new key, restart (or roll) the replicas;
 * keep the old file at least the media-token lifetime (7 min) so tokens it signed still verify; then remove it.
 * Without a directory a key is generated at start-up (development only; a loud WARN; tokens die with the process and
 * replicas disagree).
 */
@ApplicationScoped
@Startup // keys are read (or generated) at start-up: a bad key directory stops the service, not the first request
public class MediaTokenKeyRing {

    private static final Logger LOG = Logger.getLogger(MediaTokenKeyRing.class);

    private final MediaTokenSigner signer;
    private final List<MediaTokenKey> published;
    private final String jwksJson;

    @Inject
    public MediaTokenKeyRing(AuthzConfig config) {
        this(config.mediaToken().keys().dir(), config.mediaToken().keys().signingKid(),
                config.mediaToken().algorithm());
    }

    MediaTokenKeyRing(Optional<String> keysDir, Optional<String> signingKid, String algorithm) {
        List<MediaTokenKey> keys = new ArrayList<>();
        MediaTokenSigner chosen;
        Optional<String> dir = keysDir.filter(d -> !d.isBlank());
        if (dir.isPresent()) {
            chosen = load(Path.of(dir.get()), signingKid.filter(k -> !k.isBlank()), keys);
        } else {
            MediaTokenAlgorithm alg = MediaTokenAlgorithm.fromJws(algorithm).orElseThrow(
                    () -> new IllegalStateException("tvegate.authz.media-token.algorithm must be ES256 or RS256"));
            KeyPair pair = generate(alg);
            String kid = "dev-" + Long.toString(System.currentTimeMillis(), 36);
            keys.add(new MediaTokenKey(kid, alg, pair.getPublic()));
            chosen = new MediaTokenSigner(kid, alg, pair.getPrivate());
            LOG.warnf("*** tvegate.authz.media-token.keys.dir is not set: media tokens are signed with a key generated"
                    + " at start-up (%s, kid %s). Fine for development; in production every replica must share keys"
                    + " from a directory (a Kubernetes secret), or tokens fail verification. ***", alg, kid);
        }
        this.signer = chosen;
        this.published = List.copyOf(keys);
        this.jwksJson = MediaTokenKeySet.toJwksJson(published);
        LOG.infof("media tokens: signing with %s kid %s; %d key(s) published", signer.algorithm(), signer.kid(),
                published.size());
    }

    public MediaTokenSigner signer() {
        return signer;
    }

    /** @return the JWKS document of every published key */
    public String jwksJson() {
        return jwksJson;
    }

    private static MediaTokenSigner load(Path dir, Optional<String> signingKid, List<MediaTokenKey> keys) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".pem")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list media-token keys in " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no <kid>.pem media-token key in " + dir);
        }
        MediaTokenSigner last = null;
        MediaTokenSigner wanted = null;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String kid = name.substring(0, name.length() - ".pem".length());
            KeyPair pair = readPem(file);
            MediaTokenAlgorithm alg = pair.getPrivate().getAlgorithm().equals("EC") ? MediaTokenAlgorithm.ES256
                    : MediaTokenAlgorithm.RS256;
            keys.add(new MediaTokenKey(kid, alg, pair.getPublic()));
            last = new MediaTokenSigner(kid, alg, pair.getPrivate());
            if (signingKid.isPresent() && signingKid.get().equals(kid)) {
                wanted = last;
            }
        }
        if (signingKid.isPresent() && wanted == null) {
            throw new IllegalStateException("signing kid " + signingKid.get() + " has no key file in " + dir);
        }
        return wanted != null ? wanted : last;
    }

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    /** @return the private key and its public half: RSA's is derived; EC needs a {@code PUBLIC KEY} block too */
    private static KeyPair readPem(Path file) {
        String pem;
        try {
            pem = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        byte[] privateDer = null;
        byte[] publicDer = null;
        Matcher m = PEM.matcher(pem);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
            if (m.group(1).equals("PRIVATE KEY")) {
                privateDer = der;
            } else if (m.group(1).equals("PUBLIC KEY")) {
                publicDer = der;
            }
        }
        if (privateDer == null) {
            throw new IllegalStateException(file + ": no PKCS#8 'BEGIN PRIVATE KEY' block (convert with"
                    + " openssl pkcs8 -topk8 -nocrypt)");
        }
        for (String type : List.of("EC", "RSA")) {
            try {
                KeyFactory factory = KeyFactory.getInstance(type);
                PrivateKey key = factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
                PublicKey pub;
                if (publicDer != null) {
                    pub = factory.generatePublic(new X509EncodedKeySpec(publicDer));
                } else if (key instanceof RSAPrivateCrtKey rsa) {
                    pub = factory.generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
                } else {
                    throw new IllegalStateException(file + ": an EC key file must also hold its 'BEGIN PUBLIC KEY'"
                            + " block (openssl pkey -in key.pem -pubout >> " + file.getFileName() + ")");
                }
                return new KeyPair(pub, key);
            } catch (GeneralSecurityException e) {
                // try the other type
            }
        }
        throw new IllegalStateException(file + " holds neither an EC nor an RSA private key");
    }

    private static KeyPair generate(MediaTokenAlgorithm alg) {
        try {
            if (alg == MediaTokenAlgorithm.ES256) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"));
                return g.generateKeyPair();
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
