package dev.tvegate.systemtests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.DrmCustomer;
import dev.tvegate.systemtests.support.LocalInfra;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The front door (ARCHITECTURE §5): nginx started with {@code deploy/local/front-door.sh} in front of the suite's
 * processes, and one base URL for everything an app calls — registration's JWKS, DCR register and token, a v2
 * session (authn), an authorize with its media token (authz), authz's media-token JWKS, a FairPlay token and its
 * rights check (drm-token) — while admin, internal and Quarkus paths are 404 through it. Skipped only when nginx is
 * not installed.
 */
@SystemTest
@Order(9)
class FrontDoorIT {

    private static final String IV = "00112233445566778899aabbccddeeff";

    @Test
    void oneBaseUrlForTheAppAndNothingElse(Suite suite) throws Exception {
        assumeTrue(nginxInstalled(), "nginx is not installed (Debian: apt-get install nginx; .ci/run installs it): "
                + "the front door cannot be tested here");
        Path root = Path.of(System.getProperty("tvegate.root", "..")).toAbsolutePath().normalize();
        Path runDir = suite.workDir().resolve("front-door");
        int port = LocalInfra.freePort();
        String door = "http://localhost:" + port;
        frontDoor(root, runDir, "start", String.valueOf(port), hostPort(suite.registrationUrl()),
                hostPort(suite.authnUrl()), hostPort(suite.authzUrl()), hostPort(suite.drmUrl()));
        try {
            System.out.printf("[front-door] nginx on %s (run dir %s)%n", door, runDir);
            walkThrough(suite, door);
        } finally {
            frontDoor(root, runDir, "stop");
        }
    }

    private static void walkThrough(Suite suite, String door) {
        String sp = suite.tenant().serviceProvider();
        String mvpd = suite.tenant().sandboxMvpd();
        DrmCustomer drm = suite.drmCustomer();

        // registration: access-token keys, DCR register, client-credentials token
        Response jwks = given().baseUri(door).get("/.well-known/jwks.json");
        System.out.printf("[front-door] GET /.well-known/jwks.json -> %d (%d keys)%n", jwks.statusCode(),
                jwks.jsonPath().getList("keys").size());
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.jsonPath().getList("keys")).isNotEmpty();

        Response registered = given().baseUri(door).contentType(ContentType.JSON)
                .body(Map.of("software_statement", suite.tenant().softwareStatement())).post("/o/client/register");
        System.out.printf("[front-door] POST /o/client/register -> %d client %s%n", registered.statusCode(),
                registered.path("client_id"));
        assertThat(registered.statusCode()).isEqualTo(201);
        Response token = given().baseUri(door).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", (String) registered.path("client_id"))
                .formParam("client_secret", (String) registered.path("client_secret")).post("/o/client/token");
        System.out.printf("[front-door] POST /o/client/token -> %d%n", token.statusCode());
        assertThat(token.statusCode()).isEqualTo(201);
        String bearer = "Bearer " + token.path("access_token");

        // authn: a v2 session with that token
        Response session = given().baseUri(door).header("Authorization", bearer)
                .header("AP-Device-Identifier", "fingerprint dHYtZnJvbnQtZG9vcg==")
                .contentType(ContentType.URLENC).formParam("mvpd", mvpd).formParam("domainName", "localhost")
                .formParam("redirectUrl", suite.appReturnUrl()).post("/api/v2/{sp}/sessions", sp);
        System.out.printf("[front-door] POST /api/v2/%s/sessions -> %d code %s%n", sp, session.statusCode(),
                session.path("code"));
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat((String) session.path("code")).isNotBlank();

        // authz: a device signed in at the sandbox finds its profile and authorizes REF30 through the door
        Device app = Device.tv(suite);
        String code = app.signIn(mvpd, Suite.ALICE, Suite.ALICE_PASSWORD);
        Response profile = app.authn().baseUri(door).get("/api/v2/{sp}/profiles/code/{code}", sp, code);
        System.out.printf("[front-door] GET /api/v2/%s/profiles/code/%s -> %d%n", sp, code, profile.statusCode());
        assertThat(profile.statusCode()).isEqualTo(200);
        JsonPath auth = app.authz().baseUri(door).contentType(ContentType.JSON)
                .body(Map.of("resources", List.of(DrmCustomer.RESOURCE)))
                .post("/api/v2/{sp}/decisions/authorize/{mvpd}", sp, mvpd).then().statusCode(200).extract().jsonPath();
        assertThat(auth.getBoolean("decisions[0].authorized")).isTrue();
        String mediaToken = auth.getString("decisions[0].token.serializedToken");
        System.out.printf("[front-door] POST /api/v2/%s/decisions/authorize/%s -> 200 authorized, media token %d chars%n",
                sp, mvpd, mediaToken.length());

        // authz's media-token keys through the door verify that token
        Response mediaJwks = given().baseUri(door).get("/.well-known/media-token-jwks.json");
        assertThat(mediaJwks.statusCode()).isEqualTo(200);
        String jti = MediaTokenVerifier.fromJwksUrl(URI.create(door + "/.well-known/media-token-jwks.json"))
                .forRequestor(sp).verify(mediaToken, DrmCustomer.RESOURCE).tokenId();
        System.out.printf("[front-door] GET /.well-known/media-token-jwks.json -> %d; media token %s verified%n",
                mediaJwks.statusCode(), jti);

        // drm-token: a FairPlay token for that media token, and its rights check through the door
        Response fp = given().baseUri(door).contentType(ContentType.URLENC)
                .formParam("customerAuthenticator", drm.authenticator()).formParam("kid", drm.kid())
                .formParam("iv", IV).formParam("errorFormat", "json").formParam("mediaToken", mediaToken)
                .post("/hms/fp/token");
        System.out.printf("[front-door] POST /hms/fp/token -> %d %s%n", fp.statusCode(), fp.contentType());
        assertThat(fp.statusCode()).isEqualTo(200);
        String licenseUrl = fp.asString().strip();
        assertThat(licenseUrl).startsWith(suite.drmUrl() + "/hms/fp/rights/?ExpressPlayToken=");
        String viaDoor = door + licenseUrl.substring(suite.drmUrl().length());
        JsonPath rights = given().urlEncodingEnabled(false).get(viaDoor).then().statusCode(200).extract().jsonPath();
        System.out.printf("[front-door] GET /hms/fp/rights/ -> 200 valid=%s mediaTokenId=%s%n", rights.get("valid"),
                rights.get("mediaTokenId"));
        assertThat(rights.getBoolean("valid")).isTrue();
        assertThat(rights.getString("mediaTokenId")).isEqualTo(jti);

        // never routed: admin (even with an admin token), internal (even with an internal token), Quarkus's /q/
        notRouted(door, "/admin/v1/service-providers", suite.tenant().adminToken());
        notRouted(door, "/admin/v1/drm/customers/" + drm.id(), suite.tenant().adminToken());
        notRouted(door, "/internal/v1/profiles/" + sp + "/" + mvpd, suite.internalToken());
        notRouted(door, "/internal/v1/service-providers/" + sp + "/configuration", suite.internalToken());
        notRouted(door, "/q/health", null);
        notRouted(door, "/q/openapi", null);
        notRouted(door, "/o/client/%2e%2e/%2e%2e/admin/v1/service-providers", suite.tenant().adminToken());
    }

    private static void notRouted(String door, String path, String token) {
        var request = given().baseUri(door).urlEncodingEnabled(false);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        Response r = request.get(path);
        System.out.printf("[front-door] GET %s -> %d %s%n", path, r.statusCode(), r.asString());
        assertThat(r.statusCode()).as(path).isEqualTo(404);
        assertThat(r.jsonPath().getString("error")).as(path).isEqualTo("not_found");
    }

    private static boolean nginxInstalled() {
        if (Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
            return true;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "nginx"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code http://localhost:1234} → {@code 127.0.0.1:1234} (the services listen on IPv4 loopback only). */
    private static String hostPort(String url) {
        return "127.0.0.1:" + URI.create(url).getPort();
    }

    private static void frontDoor(Path root, Path runDir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(root.resolve("deploy/local/front-door.sh").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TVEGATE_FRONT_DOOR_DIR", runDir.toString());
        if (!pb.environment().getOrDefault("PATH", "").contains("/usr/sbin")) {
            pb.environment().put("PATH", pb.environment().getOrDefault("PATH", "") + ":/usr/sbin");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("front-door.sh " + args[0] + " did not finish");
        }
        if (!out.isEmpty()) {
            System.out.println(out);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("front-door.sh " + args[0] + " failed (" + p.exitValue() + "): " + out);
        }
    }
}
