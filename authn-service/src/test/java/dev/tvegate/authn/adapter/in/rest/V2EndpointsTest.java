package dev.tvegate.authn.adapter.in.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.tvegate.authn.adapter.out.redis.RedisProfileStoreAdapter;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.authn.support.RegistrationStub;
import dev.tvegate.authn.support.TestTokens;
import dev.tvegate.testsupport.Devices;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static dev.tvegate.authn.support.RegistrationStub.MVPD;
import static dev.tvegate.authn.support.RegistrationStub.SP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * REST v2 sessions, profiles and logout end to end: real Redis, registration stood in by WireMock
 * ({@link RegistrationStub}). Each test uses its own device id, so tests never see each other's data.
 */
@QuarkusTest
@QuarkusTestResource(value = RegistrationStub.class, restrictToAnnotatedClass = false)
class V2EndpointsTest {

    private static final String REDIRECT = "https://adobe.com/done";
    private static final String CODE_PATTERN = "[BCDFGHJKLMNPQRSTVWXZ]{8}";

    @Inject
    ProfileStorePort profileStore;

    @Inject
    RedisDataSource redis;

    /** A request of the TV app on a fresh device. */
    static final class Device {
        final String id = Devices.newDeviceId();
        final String token;
        final String ip = "198.51.100." + (1 + (int) (Math.random() * 250));

        Device() {
            this(TestTokens.client());
        }

        Device(String token) {
            this.token = token;
        }

        RequestSpecification request() {
            return given().header("Authorization", TestTokens.bearer(token))
                    .header("AP-Device-Identifier", Devices.identifier(id))
                    .header("X-Forwarded-For", ip);
        }

        ValidatableResponse createSession(Map<String, String> form) {
            RequestSpecification r = request().contentType(ContentType.URLENC);
            form.forEach(r::formParam);
            return r.when().post("/api/v2/" + SP + "/sessions").then();
        }

        ProfileKey key() {
            return new ProfileKey(TestTokens.CLIENT_ID, id, SP);
        }
    }

    private static Map<String, String> complete(String mvpd) {
        return Map.of("mvpd", mvpd, "domainName", "adobe.com", "redirectUrl", REDIRECT);
    }

    private Profile regularProfile(ProfileKey key, String mvpd, String code, long ttlMillis) {
        long now = System.currentTimeMillis();
        return new Profile(mvpd, key, ProfileType.REGULAR, mvpd, now, now + ttlMillis,
                Map.of("userID", ProfileAttribute.plain("user-42"), "householdID", ProfileAttribute.plain("hh-7"),
                        "zip", new ProfileAttribute("encrypted-zip", "enc")),
                code, "id.token.hint");
    }

    private void store(Profile p) {
        profileStore.save(p).await().atMost(Duration.ofSeconds(5));
    }

    // ---------------------------------------------------------------------------------------------------------
    @Nested
    class AccessAndValidation {

        @Test
        void noTokenIsRefusedWithTheClientApplicationCode() {
            given().header("AP-Device-Identifier", Devices.identifier("d1")).contentType(ContentType.URLENC)
                    .formParam("mvpd", MVPD)
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(401)
                    .body("code", equalTo("invalid_access_token_client_application"))
                    .body("action", equalTo("application-registration"))
                    .body("status", equalTo(401));
        }

        @Test
        void expiredOrForeignlySignedTokensAreRefused() {
            new Device(TestTokens.expired()).createSession(complete(MVPD)).statusCode(401)
                    .body("code", equalTo("invalid_access_token_client_application"));
            new Device("not.a.jwt").createSession(complete(MVPD)).statusCode(401)
                    .body("code", equalTo("invalid_access_token_client_application"));
        }

        @Test
        void aServiceTokenWithoutTheV2ScopeIsNotAClientToken() {
            new Device(TestTokens.internal()).createSession(complete(MVPD)).statusCode(401)
                    .body("code", equalTo("invalid_access_token_client_application"));
        }

        @Test
        void aTokenForAnotherServiceProviderIsRefused() {
            new Device(TestTokens.client(TestTokens.CLIENT_ID, RegistrationStub.OTHER_SP))
                    .createSession(complete(MVPD)).statusCode(401)
                    .body("code", equalTo("invalid_access_token_service_provider"));
        }

        @Test
        void anUnknownServiceProviderIs400() {
            new Device(TestTokens.client(TestTokens.CLIENT_ID, "NOSUCHSP")).request()
                    .contentType(ContentType.URLENC).formParam("mvpd", MVPD)
                    .when().post("/api/v2/NOSUCHSP/sessions")
                    .then().statusCode(400)
                    .body("code", equalTo("invalid_parameter_service_provider"))
                    .body("trace", not(nullValue()));
        }

        @Test
        void theDeviceIdentifierIsRequiredOnCreate() {
            given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                    .contentType(ContentType.URLENC).formParam("mvpd", MVPD)
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(400).body("code", equalTo("invalid_header_device_identifier"));
            given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                    .header("AP-Device-Identifier", "serial 1234")
                    .contentType(ContentType.URLENC).formParam("mvpd", MVPD)
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(400).body("code", equalTo("invalid_header_device_identifier"));
        }

        @Test
        void aMalformedDeviceInfoIsRefusedButAnAbsentOneIsDerived() {
            Device device = new Device();
            device.request().header("X-Device-Info", "%%%not-base64").contentType(ContentType.URLENC)
                    .formParam("mvpd", MVPD)
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(400).body("code", equalTo("invalid_header_device_info"));
            device.request().header("X-Device-Info", Devices.info("{\"osName\":\"AmigaOS\"}"))
                    .contentType(ContentType.URLENC).formParam("mvpd", MVPD)
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(400).body("code", equalTo("invalid_header_device_info"));
        }

        @Test
        void unknownAndDisabledMvpdsAreRefused() {
            Device device = new Device();
            device.createSession(complete("NoSuchMvpd")).statusCode(400)
                    .body("code", equalTo("invalid_parameter_mvpd"));
            device.createSession(complete(RegistrationStub.MVPD_DISABLED)).statusCode(400)
                    .body("code", equalTo("invalid_parameter_mvpd"))
                    .body("details", containsString("no active integration"));
        }

        @Test
        void aDomainOfAnotherServiceProviderIsRefused() {
            new Device().createSession(Map.of("mvpd", MVPD, "domainName", "evil.test", "redirectUrl", REDIRECT))
                    .statusCode(400)
                    .body("code", equalTo("invalid_parameter_service_provider"))
                    .body("details", containsString("evil.test"));
        }

        @Test
        void theRedirectUrlMustBeAnAbsoluteHttpUrl() {
            Device device = new Device();
            for (String bad : List.of("/relative", "javascript:alert(1)", "ftp://adobe.com/x", "https://")) {
                device.createSession(Map.of("mvpd", MVPD, "domainName", "adobe.com", "redirectUrl", bad))
                        .statusCode(400).body("code", equalTo("invalid_parameter_redirect_url"));
            }
        }

        @Test
        void theValidationOrderIsServiceProviderThenDeviceThenMvpdThenDomainThenRedirect() {
            // everything wrong at once: the device header error wins over the parameters
            given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                    .contentType(ContentType.URLENC).formParam("mvpd", "NoSuchMvpd")
                    .formParam("domainName", "evil.test").formParam("redirectUrl", "/x")
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(400).body("code", equalTo("invalid_header_device_identifier"));
            new Device().createSession(Map.of("mvpd", "NoSuchMvpd", "domainName", "evil.test", "redirectUrl", "/x"))
                    .statusCode(400).body("code", equalTo("invalid_parameter_mvpd"));
            new Device().createSession(Map.of("mvpd", MVPD, "domainName", "evil.test", "redirectUrl", "/x"))
                    .statusCode(400).body("code", equalTo("invalid_parameter_service_provider"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Nested
    class Sessions {

        @Test
        void allParametersGiveAnInteractiveAuthenticationWithAThirtyMinuteCode() {
            Device device = new Device();
            var body = device.createSession(complete(MVPD)).statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("actionName", equalTo("authenticate"))
                    .body("actionType", equalTo("interactive"))
                    .body("reasonType", equalTo("none"))
                    .body("code", matchesPattern(CODE_PATTERN))
                    .body("mvpd", equalTo(MVPD))
                    .body("serviceProvider", equalTo(SP))
                    .body("sessionId", matchesPattern("[0-9a-f-]{36}"))
                    .body("$", not(hasKey("missingParameters")))
                    .extract().jsonPath();
            String code = body.getString("code");
            assertThat(body.getString("url")).isEqualTo("/api/v2/authenticate/" + SP + "/" + code);
            // spec ⚠: the session timestamps are strings
            assertThat((Object) body.get("notBefore")).isInstanceOf(String.class);
            long notBefore = Long.parseLong(body.getString("notBefore"));
            long notAfter = Long.parseLong(body.getString("notAfter"));
            assertThat(notAfter - notBefore).isEqualTo(Duration.ofMinutes(30).toMillis());
            assertThat(notBefore).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(10_000L));
            // stored with the same TTL
            assertThat(redis.key().pttl("authn:session:" + code)).isBetween(1_790_000L, 1_800_000L);
        }

        @Test
        void theSpecsDomainAliasIsAccepted() {
            new Device().createSession(Map.of("mvpd", MVPD, "domain", "tvegate.dev", "redirectUrl", REDIRECT))
                    .statusCode(200).body("actionName", equalTo("authenticate"));
        }

        @Test
        void missingParametersAreResumedByAnotherClientOfTheSameServiceProvider() {
            Device tv = new Device();
            var created = tv.createSession(Map.of("mvpd", MVPD)).statusCode(200)
                    .body("actionName", equalTo("resume"))
                    .body("actionType", equalTo("direct"))
                    .body("reasonType", equalTo("none"))
                    .body("missingParameters", equalTo(List.of("domainName", "redirectUrl")))
                    .extract().jsonPath();
            String code = created.getString("code");
            assertThat(created.getString("url")).isEqualTo("/api/v2/" + SP + "/sessions/" + code);

            String phone = TestTokens.bearer(TestTokens.client(TestTokens.OTHER_CLIENT_ID, SP));
            // the second screen reads what is missing and what the device is
            given().header("Authorization", phone)
                    .when().get("/api/v2/" + SP + "/sessions/" + code.toLowerCase())
                    .then().statusCode(200)
                    .body("missingParameters", equalTo(List.of("domainName", "redirectUrl")))
                    .body("existingParameters.mvpd", equalTo(MVPD))
                    .body("existingParameters.serviceProvider", equalTo(SP))
                    .body("device.connection.ipAddress", equalTo(tv.ip))
                    .body("device.version.major", equalTo(0))
                    .body("notBefore", equalTo(created.getString("notBefore")))
                    .body("notAfter", equalTo(created.getString("notAfter")));

            // still one missing: retry
            given().header("Authorization", phone).contentType(ContentType.URLENC)
                    .formParam("domainName", "adobe.com")
                    .when().post("/api/v2/" + SP + "/sessions/" + code)
                    .then().statusCode(200)
                    .body("actionName", equalTo("retry"))
                    .body("actionType", equalTo("direct"))
                    .body("missingParameters", equalTo(List.of("redirectUrl")))
                    .body("code", equalTo(code));
            // complete: authenticate in a user agent
            given().header("Authorization", phone).contentType(ContentType.URLENC)
                    .formParam("redirectUrl", REDIRECT)
                    .when().post("/api/v2/" + SP + "/sessions/" + code)
                    .then().statusCode(200)
                    .body("actionName", equalTo("authenticate"))
                    .body("actionType", equalTo("interactive"))
                    .body("url", equalTo("/api/v2/authenticate/" + SP + "/" + code))
                    .body("code", equalTo(code));
            given().header("Authorization", phone)
                    .when().get("/api/v2/" + SP + "/sessions/" + code)
                    .then().statusCode(200)
                    .body("$", not(hasKey("missingParameters")))
                    .body("existingParameters.redirectUrl", equalTo(REDIRECT))
                    .body("existingParameters.domainName", equalTo("adobe.com"));
        }

        @Test
        void theDeviceInfoTheTvSentIsWhatTheSecondScreenSees() {
            Device tv = new Device();
            String code = tv.request().header("X-Device-Info", Devices.tvInfo()).header("User-Agent", "TV/1.0")
                    .contentType(ContentType.URLENC).formParam("domainName", "adobe.com")
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(200).body("missingParameters", equalTo(List.of("mvpd", "redirectUrl")))
                    .extract().path("code");
            given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                    .when().get("/api/v2/" + SP + "/sessions/" + code)
                    .then().statusCode(200)
                    .body("device.type", equalTo("TV"))
                    .body("device.model", equalTo("Bravia"))
                    .body("device.version.major", equalTo(4))
                    .body("device.version.minor", equalTo(2))
                    .body("device.operatingSystem.name", equalTo("webOS"))
                    .body("device.browser.userAgent", equalTo("TV/1.0"))
                    .body("device.connection.type", equalTo("WiFi"));
        }

        @Test
        void aCodeIsOnlyKnownToItsOwnServiceProvider() {
            String code = new Device().createSession(Map.of("mvpd", MVPD)).statusCode(200).extract().path("code");
            given().header("Authorization", TestTokens.bearer(TestTokens.client("x", RegistrationStub.OTHER_SP)))
                    .when().get("/api/v2/" + RegistrationStub.OTHER_SP + "/sessions/" + code)
                    .then().statusCode(400).body("code", equalTo("invalid_authentication_session"));
            given().header("Authorization", TestTokens.bearer(TestTokens.client("x", RegistrationStub.OTHER_SP)))
                    .contentType(ContentType.URLENC).formParam("domainName", "other.test")
                    .when().post("/api/v2/" + RegistrationStub.OTHER_SP + "/sessions/" + code)
                    .then().statusCode(400).body("code", equalTo("invalid_authentication_session"));
        }

        @Test
        void malformedUnknownAndExpiredCodes() {
            String bearer = TestTokens.bearer(TestTokens.client());
            given().header("Authorization", bearer).when().get("/api/v2/" + SP + "/sessions/ABC")
                    .then().statusCode(400).body("code", equalTo("invalid_parameter_code"));
            given().header("Authorization", bearer).when().get("/api/v2/" + SP + "/sessions/BCDFGHJK")
                    .then().statusCode(400).body("code", equalTo("invalid_authentication_session"));

            String code = new Device().createSession(Map.of("mvpd", MVPD)).statusCode(200).extract().path("code");
            redis.key().pexpire("authn:session:" + code, 1);
            await().atMost(2, TimeUnit.SECONDS).until(() -> !redis.key().exists("authn:session:" + code));
            given().header("Authorization", bearer).when().get("/api/v2/" + SP + "/sessions/" + code)
                    .then().statusCode(400).body("code", equalTo("invalid_authentication_session"));
            given().header("Authorization", bearer).contentType(ContentType.URLENC)
                    .formParam("redirectUrl", REDIRECT)
                    .when().post("/api/v2/" + SP + "/sessions/" + code)
                    .then().statusCode(400).body("code", equalTo("invalid_authentication_session"));
            given().header("Authorization", bearer).when().get("/api/v2/" + SP + "/profiles/code/" + code)
                    .then().statusCode(400).body("code", equalTo("invalid_authentication_session"));
        }

        @Test
        void anExistingRegularProfileMeansAuthorizeWithoutACode() {
            Device device = new Device();
            store(regularProfile(device.key(), MVPD, null, 60_000));
            device.createSession(complete(MVPD)).statusCode(200)
                    .body("actionName", equalTo("authorize"))
                    .body("actionType", equalTo("direct"))
                    .body("reasonType", equalTo("authenticated"))
                    .body("url", equalTo("/api/v2/" + SP + "/decisions/authorize/" + MVPD))
                    .body("$", not(hasKey("code")))
                    .body("$", not(hasKey("notAfter")));
            // another client app on the same device has no profile: it must authenticate
            new Device(TestTokens.client(TestTokens.OTHER_CLIENT_ID, SP)).request().contentType(ContentType.URLENC)
                    .formParams(complete(MVPD))
                    .when().post("/api/v2/" + SP + "/sessions")
                    .then().statusCode(200).body("actionName", equalTo("authenticate"));
        }

        @Test
        void aTempPassMvpdIsAuthorizedTemporarily() {
            new Device().createSession(complete(RegistrationStub.MVPD_TEMPPASS)).statusCode(200)
                    .body("actionName", equalTo("authorize"))
                    .body("actionType", equalTo("direct"))
                    .body("reasonType", equalTo("temporary"))
                    .body("url", equalTo("/api/v2/" + SP + "/decisions/authorize/" + RegistrationStub.MVPD_TEMPPASS))
                    .body("$", not(hasKey("code")));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Nested
    class Degradation {

        @Test
        void authNAllAuthorizesDegradedAndStoresADegradedProfileForTheAuthnTtl() {
            Device device = new Device();
            device.createSession(complete(RegistrationStub.MVPD_DEGRADED)).statusCode(200)
                    .body("actionName", equalTo("authorize"))
                    .body("reasonType", equalTo("degraded"))
                    .body("$", not(hasKey("code")));
            String path = "profiles." + RegistrationStub.MVPD_DEGRADED;
            var profile = device.request().when().get("/api/v2/" + SP + "/profiles/" + RegistrationStub.MVPD_DEGRADED)
                    .then().statusCode(200)
                    .body(path + ".type", equalTo("degraded"))
                    .body(path + ".issuer", equalTo("Adobe"))
                    .body(path + ".attributes.userID.value", startsWith("95cf93bcd183214a"))
                    .body(path + ".attributes.userID.state", equalTo("plain"))
                    .extract().jsonPath();
            long notBefore = profile.getLong(path + ".notBefore");
            long notAfter = profile.getLong(path + ".notAfter");
            assertThat(notAfter - notBefore).isEqualTo(RegistrationStub.DEGRADED_AUTHN_TTL_SECONDS * 1000);
            // and it is listed among all profiles
            device.request().when().get("/api/v2/" + SP + "/profiles").then().statusCode(200)
                    .body("profiles", hasKey(RegistrationStub.MVPD_DEGRADED));
        }

        @Test
        void aDeviceThatNeverCreatedASessionGetsADegradedProfileOnRequest() {
            Device device = new Device();
            device.request().when().get("/api/v2/" + SP + "/profiles/" + RegistrationStub.MVPD_DEGRADED)
                    .then().statusCode(200)
                    .body("profiles." + RegistrationStub.MVPD_DEGRADED + ".type", equalTo("degraded"));
        }

        @Test
        void resumingIntoADegradedIntegrationMakesThePollingDeviceSeeTheProfile() {
            Device tv = new Device();
            String code = tv.createSession(Map.of("domainName", "adobe.com", "redirectUrl", REDIRECT))
                    .statusCode(200).extract().path("code");
            given().header("Authorization", TestTokens.bearer(TestTokens.client(TestTokens.OTHER_CLIENT_ID, SP)))
                    .contentType(ContentType.URLENC).formParam("mvpd", RegistrationStub.MVPD_DEGRADED)
                    .when().post("/api/v2/" + SP + "/sessions/" + code)
                    .then().statusCode(200)
                    .body("actionName", equalTo("authorize"))
                    .body("reasonType", equalTo("degraded"))
                    .body("code", equalTo(code));
            tv.request().when().get("/api/v2/" + SP + "/profiles/code/" + code)
                    .then().statusCode(200)
                    .body("profiles." + RegistrationStub.MVPD_DEGRADED + ".type", equalTo("degraded"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Nested
    class Profiles {

        @Test
        void theTvPollsByCodeUntilTheProfileAppears() {
            Device tv = new Device();
            String code = tv.createSession(complete(MVPD)).statusCode(200).extract().path("code");
            // polling needs no device header
            RequestSpecification poll = given().header("Authorization", TestTokens.bearer(tv.token));
            poll.when().get("/api/v2/" + SP + "/profiles/code/" + code)
                    .then().statusCode(200).body("profiles", anEmptyMap());

            store(regularProfile(tv.key(), MVPD, code, 86_400_000));
            var body = given().header("Authorization", TestTokens.bearer(tv.token))
                    .when().get("/api/v2/" + SP + "/profiles/code/" + code)
                    .then().statusCode(200)
                    .body("profiles", aMapWithSize(1))
                    .body("profiles." + MVPD + ".issuer", equalTo(MVPD))
                    .body("profiles." + MVPD + ".type", equalTo("regular"))
                    .body("profiles." + MVPD + ".attributes.userID.value", equalTo("user-42"))
                    .body("profiles." + MVPD + ".attributes.zip.state", equalTo("enc"))
                    .body("profiles." + MVPD, not(hasKey("idTokenHint")))
                    .extract().jsonPath();
            // numbers, not strings, in profiles
            assertThat((Object) body.get("profiles." + MVPD + ".notAfter")).isInstanceOf(Number.class);

            // another client app of the same SP cannot read it by code
            given().header("Authorization", TestTokens.bearer(TestTokens.client(TestTokens.OTHER_CLIENT_ID, SP)))
                    .when().get("/api/v2/" + SP + "/profiles/code/" + code)
                    .then().statusCode(400).body("code", equalTo("invalid_authentication_session"));
        }

        @Test
        void profilesAreKeyedToClientDeviceAndServiceProvider() {
            Device tv = new Device();
            store(regularProfile(tv.key(), MVPD, null, 86_400_000));
            tv.request().when().get("/api/v2/" + SP + "/profiles").then().statusCode(200)
                    .body("profiles", aMapWithSize(1))
                    .body("profiles." + MVPD + ".type", equalTo("regular"));
            tv.request().when().get("/api/v2/" + SP + "/profiles/" + MVPD).then().statusCode(200)
                    .body("profiles", aMapWithSize(1));
            tv.request().when().get("/api/v2/" + SP + "/profiles/" + RegistrationStub.MVPD_NO_LOGOUT).then()
                    .statusCode(200).body("profiles", anEmptyMap());
            // same client, another device
            new Device().request().when().get("/api/v2/" + SP + "/profiles").then().statusCode(200)
                    .body("profiles", anEmptyMap());
            // same device, another client app
            given().header("Authorization", TestTokens.bearer(TestTokens.client(TestTokens.OTHER_CLIENT_ID, SP)))
                    .header("AP-Device-Identifier", Devices.identifier(tv.id))
                    .when().get("/api/v2/" + SP + "/profiles").then().statusCode(200)
                    .body("profiles", anEmptyMap());
            // no device header where the spec requires one
            given().header("Authorization", TestTokens.bearer(tv.token))
                    .when().get("/api/v2/" + SP + "/profiles").then().statusCode(400)
                    .body("code", equalTo("invalid_header_device_identifier"));
            // unknown MVPD
            tv.request().when().get("/api/v2/" + SP + "/profiles/NoSuchMvpd").then().statusCode(400)
                    .body("code", equalTo("invalid_parameter_mvpd"));
        }

        @Test
        void aProfileDisappearsWhenItsAuthnTtlEnds() {
            Device tv = new Device();
            // Long enough to be read back on a loaded machine, short enough to watch it expire.
            store(regularProfile(tv.key(), MVPD, "QWRTZPLK", 6_000));
            String key = "authn:profile:" + tv.key().hash() + ":" + MVPD;
            assertThat(redis.key().pttl(key)).isBetween(1L, 6_000L);
            tv.request().when().get("/api/v2/" + SP + "/profiles/" + MVPD).then().statusCode(200)
                    .body("profiles", aMapWithSize(1));
            await().atMost(12, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> tv.request()
                    .when().get("/api/v2/" + SP + "/profiles").then().statusCode(200)
                    .body("profiles", anEmptyMap()));
            // The API hides a profile by the service clock; Redis removes the keys on its own TTL a moment later.
            await().atMost(2, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                assertThat(redis.key().exists(key)).isFalse();
                assertThat(redis.key().exists("authn:profile-code:QWRTZPLK")).isFalse();
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Nested
    class Logout {

        private ValidatableResponse logout(Device device, String mvpd, String redirectUrl) {
            RequestSpecification r = device.request();
            if (redirectUrl != null) {
                r.queryParam("redirectUrl", redirectUrl);
            }
            return r.when().get("/api/v2/" + SP + "/logout/" + mvpd).then();
        }

        @Test
        void aRegularProfileIsDeletedAndTheMvpdSessionEndedInAUserAgent() throws Exception {
            Device tv = new Device();
            store(regularProfile(tv.key(), MVPD, "BCDFGHJK", 86_400_000));
            List<String> published = new CopyOnWriteArrayList<>();
            var subscriber = redis.pubsub(String.class).subscribe(RedisProfileStoreAdapter.LOGOUT_CHANNEL,
                    published::add);
            try {
                String url = logout(tv, MVPD, REDIRECT).statusCode(200)
                        .body("logouts." + MVPD + ".actionName", equalTo("logout"))
                        .body("logouts." + MVPD + ".actionType", equalTo("interactive"))
                        .body("logouts." + MVPD + ".mvpd", equalTo(MVPD))
                        .extract().path("logouts." + MVPD + ".url");
                assertThat(url).startsWith(RegistrationStub.MVPD_LOGOUT_URL + "?id_token_hint=id.token.hint")
                        .contains("post_logout_redirect_uri=https%3A%2F%2Fadobe.com%2Fdone");
                await().atMost(2, TimeUnit.SECONDS).until(() -> published.contains(tv.key().hash()));
            } finally {
                subscriber.unsubscribe();
            }
            tv.request().when().get("/api/v2/" + SP + "/profiles").then().statusCode(200)
                    .body("profiles", anEmptyMap());
            assertThat(redis.key().exists("authn:profile-code:BCDFGHJK")).isFalse();
            // nothing left to log out
            logout(tv, MVPD, REDIRECT).statusCode(200)
                    .body("logouts." + MVPD + ".actionName", equalTo("invalid"))
                    .body("logouts." + MVPD + ".actionType", equalTo("none"))
                    .body("logouts." + MVPD, not(hasKey("url")));
        }

        @Test
        void anMvpdWithoutEndSessionOrADegradedProfileCompletesAtOnce() {
            Device tv = new Device();
            store(regularProfile(tv.key(), RegistrationStub.MVPD_NO_LOGOUT, null, 86_400_000));
            logout(tv, RegistrationStub.MVPD_NO_LOGOUT, REDIRECT).statusCode(200)
                    .body("logouts." + RegistrationStub.MVPD_NO_LOGOUT + ".actionName", equalTo("complete"))
                    .body("logouts." + RegistrationStub.MVPD_NO_LOGOUT + ".actionType", equalTo("none"));

            tv.createSession(complete(RegistrationStub.MVPD_DEGRADED)).statusCode(200)
                    .body("reasonType", equalTo("degraded"));
            logout(tv, RegistrationStub.MVPD_DEGRADED, REDIRECT).statusCode(200)
                    .body("logouts." + RegistrationStub.MVPD_DEGRADED + ".actionName", equalTo("complete"));
        }

        @Test
        void theRedirectUrlIsRequiredAndMustBeAbsolute() {
            Device tv = new Device();
            store(regularProfile(tv.key(), MVPD, null, 86_400_000));
            logout(tv, MVPD, null).statusCode(400).body("code", equalTo("invalid_parameter_redirect_url"));
            logout(tv, MVPD, "done.html").statusCode(400).body("code", equalTo("invalid_parameter_redirect_url"));
            logout(tv, "NoSuchMvpd", REDIRECT).statusCode(400).body("code", equalTo("invalid_parameter_mvpd"));
            // nothing was deleted by the refused calls
            tv.request().when().get("/api/v2/" + SP + "/profiles/" + MVPD).then().statusCode(200)
                    .body("profiles", aMapWithSize(1));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Nested
    class InternalApi {

        @Test
        void authzLooksUpAProfileWithAServiceToken() {
            Device tv = new Device();
            store(regularProfile(tv.key(), MVPD, null, 86_400_000));
            String path = "/internal/v1/profiles/" + SP + "/" + MVPD;
            given().queryParam("clientId", TestTokens.CLIENT_ID).queryParam("deviceId", tv.id)
                    .when().get(path).then().statusCode(401).body("error", equalTo("invalid_token"));
            given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                    .queryParam("clientId", TestTokens.CLIENT_ID).queryParam("deviceId", tv.id)
                    .when().get(path).then().statusCode(403).body("error", equalTo("insufficient_scope"));
            given().header("Authorization", TestTokens.bearer(TestTokens.internal()))
                    .queryParam("clientId", TestTokens.CLIENT_ID).queryParam("deviceId", tv.id)
                    .when().get(path).then().statusCode(200)
                    .body("mvpd", equalTo(MVPD))
                    .body("clientId", equalTo(TestTokens.CLIENT_ID))
                    .body("profile.type", equalTo("regular"))
                    .body("profile.attributes.userID.value", equalTo("user-42"));
            given().header("Authorization", TestTokens.bearer(TestTokens.internal()))
                    .queryParam("clientId", TestTokens.CLIENT_ID).queryParam("deviceId", UUID.randomUUID().toString())
                    .when().get(path).then().statusCode(404).body("error", equalTo("not_found"));
        }

        @Test
        void healthMetricsAndOpenApiAreServed() {
            given().when().get("/q/health/ready").then().statusCode(200);
            given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
            given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v2/{serviceProvider}/sessions"));
        }
    }
}
