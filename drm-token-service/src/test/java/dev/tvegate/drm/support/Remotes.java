package dev.tvegate.drm.support;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * One WireMock server standing in for everything drm-token calls. Out of the box it serves registration-service's
 * access-token JWKS (the public half of {@link #privateKey()}, {@code kid} {@value #KID}) and authz-service's
 * media-token JWKS ({@link MediaTokens}); tests add their own stubs
 * (authz's media-token JWKS, ExpressPlay's token hosts, …) on {@link #server()} and call {@link #reset()} to go back
 * to the defaults. Register it once, for every {@code @QuarkusTest}, with
 * {@code @QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)} so that the suite boots once.
 */
public class Remotes implements QuarkusTestResourceLifecycleManager {

    /** The {@code iss} of registration's access tokens in tests. */
    public static final String ISSUER = "http://registration.test";
    public static final String KID = "test-key-1";

    private static final KeyPair KEYS = generate();
    private static WireMockServer server;

    /** The key that signs test access tokens ({@link TestTokens}). */
    static PrivateKey privateKey() {
        return KEYS.getPrivate();
    }

    public static WireMockServer server() {
        return server;
    }

    /** @return the WireMock base URL ({@code http://localhost:<port>}) */
    public static String baseUrl() {
        return "http://localhost:" + server.port();
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        reset();
        return Map.of("tvegate.drm.admin.registration-url", baseUrl(), "tvegate.drm.admin.registration-issuer",
                ISSUER, "tvegate.drm.gate.jwks-url", baseUrl() + MediaTokens.JWKS_PATH);
    }

    /** Drops every test stub and reinstalls registration's JWKS. */
    public static void reset() {
        server.resetAll();
        server.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(jwks())));
        server.stubFor(get(urlEqualTo(MediaTokens.JWKS_PATH)).willReturn(okJson(MediaTokens.jwks())));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String jwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KID + "\",\"n\":\""
                + b64(key.getModulus()) + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\"}]}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
