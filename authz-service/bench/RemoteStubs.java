import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * Bench only (single-file program, `java RemoteStubs.java <port> <token-file>`): fixed-answer stand-ins for what
 * authz calls — registration (JWKS, service token, configuration of REF30), authn (a profile for every device) and
 * an MVPD entitlement endpoint (always Permit, ttl 3600). Writes a client access token (RS256, typ at+jwt, sp REF30,
 * 6 h) to <token-file>. Cheap on purpose (JDK HttpServer, precomputed bodies) so authz is what gets measured.
 */
public class RemoteStubs {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String base = "http://127.0.0.1:" + port;
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"bench\",\"n\":\""
                + b64(pub.getModulus()) + "\",\"e\":\"" + b64(pub.getPublicExponent()) + "\"}]}";
        long now = System.currentTimeMillis() / 1000;
        String internal = jwt(keys, "{\"iss\":\"http://registration.bench\",\"sub\":\"tvegate-internal\","
                + "\"client_id\":\"tvegate-internal\",\"sp\":[\"*\"],\"scope\":\"internal\",\"iat\":" + now
                + ",\"exp\":" + (now + 21600) + "}");
        String client = jwt(keys, "{\"iss\":\"http://registration.bench\",\"sub\":\"bench-app\",\"client_id\":"
                + "\"bench-app\",\"app\":\"bench\",\"sp\":[\"REF30\"],\"scope\":\"api:client:v2\",\"iat\":" + now
                + ",\"exp\":" + (now + 21600) + "}");
        Files.writeString(Path.of(args[1]), client);
        String token = "{\"access_token\":\"" + internal + "\",\"expires_in\":21600,\"token_type\":\"bearer\"}";
        String config = """
                {"serviceProvider":{"id":"REF30","name":"Bench","domains":["bench.test"]},"integrations":[
                 {"mvpdId":"Cablevision","enabled":true,"authnTtlSeconds":86400,"authzTtlSeconds":86400,
                  "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                  "entitlementMode":"mvpd-endpoint","mvpd":{"id":"Cablevision","displayName":"Cablevision",
                  "protocol":"oidc","isTempPass":false,"endpoints":{"issuer":"https://mvpd.bench","clientId":"tvegate",
                  "clientSecret":"s3cret","entitlementUrl":"%s/mvpd/entitlements"}}}]}""".formatted(base);
        long ms = System.currentTimeMillis();
        String profile = "{\"mvpd\":\"Cablevision\",\"serviceProvider\":\"REF30\",\"clientId\":\"bench-app\",\"profile\":"
                + "{\"notBefore\":" + (ms - 60_000) + ",\"notAfter\":" + (ms + 86_400_000L) + ",\"issuer\":\"Cablevision\","
                + "\"type\":\"regular\",\"attributes\":{\"userID\":{\"value\":\"bench-user\",\"state\":\"plain\"}}}}";
        String permit = "{\"decision\":\"Permit\",\"ttl\":3600}";

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/.well-known/jwks.json", ex -> send(ex, 200, jwks));
        server.createContext("/o/client/token", ex -> send(ex, 201, token));
        server.createContext("/internal/v1/service-providers/", ex -> send(ex,
                ex.getRequestURI().getPath().contains("/REF30/") ? 200 : 404, ex.getRequestURI().getPath()
                        .contains("/REF30/") ? config : "{}"));
        server.createContext("/internal/v1/profiles/", ex -> send(ex, 200, profile));
        server.createContext("/mvpd/entitlements", ex -> send(ex, 200, permit));
        server.start();
        System.out.println("stubs on " + base);
    }

    static void send(HttpExchange ex, int status, String body) throws IOException {
        ex.getRequestBody().readAllBytes();
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    static String jwt(KeyPair keys, String payload) throws Exception {
        String input = b64url("{\"alg\":\"RS256\",\"kid\":\"bench\",\"typ\":\"at+jwt\"}".getBytes()) + "."
                + b64url(payload.getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(keys.getPrivate());
        s.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64url(s.sign());
    }

    static String b64(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            b = Arrays.copyOfRange(b, 1, b.length);
        }
        return b64url(b);
    }

    static String b64url(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
