package dev.tvegate.drm.adapter.in.rest;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.tvegate.drm.support.DrmCustomers;
import dev.tvegate.drm.support.DrmCustomers.Provisioned;
import dev.tvegate.drm.support.MediaTokens;
import dev.tvegate.drm.support.Remotes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few thousand random parameter combinations (seeded, so a failure replays): known names with valid, borderline and
 * hostile values, mistyped names, junk, GET and POST, every DRM path, sent byte for byte by the JDK's HTTP client. No answer
 * may be a 5xx, none may hang (5 s
 * socket timeout), every answer must be one of the API's shapes. POST bodies are sometimes sent unencoded (raw
 * {@code %}, {@code &}, {@code <}).
 */
@QuarkusTest
@QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)
class TokenApiFuzzTest {

    private static final long SEED = 20261128L;
    private static final int REQUESTS = 3_000;
    private static final List<String> NAMES = List.of("customerAuthenticator", "errorFormat", "generalFlags", "kek",
            "kid", "ek", "contentKey", "iv", "rentalDuration", "fpExtension", "expirationTime", "cookie", "mediaToken",
            "resourceId", "securityLevel", "hdcpOutputControl", "licenseDuration", "playbackDuration", "contentId",
            "trackType", "wvExtension", "rightsType", "rental.periodEndTime", "rental.playDuration", "analogVideoOPL",
            "compressedDigitalAudioOPL", "compressedDigitalVideoOPL", "uncompressedDigitalAudioOPL",
            "uncompressedDigitalVideoOPL", "unknownOutputBehavior", "outputControlFlags", "extensionType",
            "extensionPayload", "minCertSecurityLevel", "algId", "useHttps", "KID", "contentkey", "", "x", "%zz",
            "kid.1", "contentKey.1");
    private static String gatedAuthenticator;
    private static String lastMediaToken;

    @TestHTTPResource("/")
    URL root;

    private static final List<String> PATHS = List.of("fp", "fp", "fp", "fp", "wv", "wv", "pr", "pr", "ms3", "FP");

    @Test
    void noRandomRequestGetsAServerErrorOrHangs() throws Exception {
        Provisioned gated = DrmCustomers.create("{\"name\":\"fuzz gated\",\"backend\":\"local\"}");
        DrmCustomers.putContentKey(gated.id(), "^fuzz", "00112233445566778899aabbccddeeff", "REF30");
        gatedAuthenticator = gated.authenticator();
        Provisioned open = DrmCustomers.create("{\"name\":\"fuzz open\",\"backend\":\"local\",\"gateEnabled\":false}");
        DrmCustomers.putContentKey(open.id(), "^fuzz", "00112233445566778899aabbccddeeff", "REF30");
        Random random = new Random(SEED);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        String base = root.toString().replaceAll("/$", "");

        for (int i = 0; i < REQUESTS; i++) {
            boolean post = random.nextBoolean();
            String drm = PATHS.get(random.nextInt(PATHS.size()));
            Provisioned customer = random.nextInt(4) == 0 ? gated : open;
            Map<String, String> params = template(drm, customer, random);
            int mutations = random.nextInt(5);
            for (int m = 0; m < mutations; m++) {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                switch (random.nextInt(3)) {
                    case 0 -> params.remove(params.keySet().stream().skip(random.nextInt(Math.max(1, params.size())))
                            .findFirst().orElse(name));
                    default -> params.put(name, value(random, name, customer, post));
                }
            }
            StringBuilder body = new StringBuilder();
            params.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(post && random.nextInt(20) == 0 ? value : URLEncoder.encode(value, StandardCharsets.UTF_8)));
            String path = "/hms/" + drm + "/token";
            HttpRequest.Builder builder = HttpRequest.newBuilder()
                    .uri(URI.create(base + path + (post || body.isEmpty() ? "" : "?" + body)))
                    .timeout(Duration.ofSeconds(5));
            HttpResponse<String> r = client.send(post
                    ? builder.header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()
                    : builder.GET().build(), HttpResponse.BodyHandlers.ofString());
            int status = r.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String request = (post ? "POST " : "GET ") + path + " " + body;
            assertThat(status).as(request).isIn(200, 400, 401, 403, 404);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (status == 200) {
                assertThat(type).as(request).matches("(text/uri-list|application/json).*");
            } else {
                assertThat(type).as(request).matches("(text/html|application/json).*");
                assertThat(r.body()).as(request).doesNotContain("Exception").doesNotContain("at dev.tvegate");
            }
        }
        System.out.printf("[fuzz] %d requests, statuses %s%n", REQUESTS, statuses);
        assertThat(statuses.keySet()).contains(200, 400, 401, 403, 404);
        assertThat(statuses.get(200)).as("a good share of the mutated requests still succeed").isGreaterThan(300);
    }

    /** A valid request for the DRM (the gated customer's with a fresh media token), to be mutated. */
    private static Map<String, String> template(String drm, Provisioned customer, Random random) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("customerAuthenticator", customer.authenticator());
        p.put("kid", "^fuzz");
        if (customer.authenticator().equals(gatedAuthenticator)) {
            // a third of them replay the previous media token: the gate must refuse, never fail
            if (lastMediaToken == null || random.nextInt(3) != 0) {
                lastMediaToken = MediaTokens.issue("SP", "REF30");
            }
            p.put("mediaToken", lastMediaToken);
        } else {
            p.put("contentKey", hex(random, 16));
        }
        switch (drm) {
            case "wv" -> {
                p.put("securityLevel", "1");
                p.put("hdcpOutputControl", "0");
            }
            case "pr" -> {
                p.put("rightsType", "BuyToOwn");
                for (String opl : List.of("analogVideoOPL", "compressedDigitalAudioOPL", "compressedDigitalVideoOPL",
                        "uncompressedDigitalAudioOPL", "uncompressedDigitalVideoOPL")) {
                    p.put(opl, "100");
                }
            }
            default -> p.put("iv", hex(random, 16));
        }
        if (random.nextBoolean()) {
            p.put("errorFormat", "json");
        }
        return p;
    }

    private static String value(Random random, String name, Provisioned customer, boolean post) {
        return switch (random.nextInt(14)) {
            case 0 -> customer.authenticator();
            case 1 -> hex(random, 16);
            case 2 -> hex(random, random.nextInt(40));
            case 3 -> "^" + "k".repeat(random.nextInt(80));
            case 4 -> "";
            case 5 -> Integer.toString(random.nextInt(5_000) - 1_000);
            case 6 -> random.nextBoolean() ? "+" + random.nextInt(5_000_000) : "2027-01-01T00:00:00Z";
            case 7 -> "wudo,AAAAAA==";
            case 8 -> post ? "x".repeat(10_000) : "y".repeat(500);
            case 9 -> "ünïcødé ✓ \u0000 \u202e";
            case 10 -> name.equals("mediaToken") || random.nextBoolean() ? MediaTokens.issue("SP", "REF30")
                    : "json";
            case 11 -> random.nextBoolean() ? "Rental" : "BuyToOwn";
            case 12 -> "'\"><script>alert(1)</script>";
            default -> random.nextBoolean() ? "html" : "%";
        };
    }

    private static String hex(Random random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
