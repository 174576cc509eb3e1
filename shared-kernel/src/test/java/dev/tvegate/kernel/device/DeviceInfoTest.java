package dev.tvegate.kernel.device;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.kernel.error.EnhancedErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DeviceInfoTest {

    private static final String ROKU_JSON = """
            {"primaryHardwareType":"SetTopBox","model":"Roku Ultra","version":"4.2.1-beta","manufacturer":"Roku",
             "osName":"Roku OS","osFamily":"Roku OS","osVendor":"Roku","osVersion":"12.5",
             "displayWidth":1920,"displayHeight":"1080","connectionSecure":true,"connectionPort":3061,
             "connectionIp":"203.0.113.7","applicationId":"com.example.tv","customKey":"kept"}""";

    @Test
    void parsesAllScalarTypesAsStrings() {
        DeviceInfo info = DeviceInfo.parse(b64(ROKU_JSON), DeviceInfoRules.V2);

        assertThat(info.primaryHardwareType()).isEqualTo("SetTopBox");
        assertThat(info.model()).isEqualTo("Roku Ultra");
        assertThat(info.osName()).isEqualTo("Roku OS");
        assertThat(info.displayWidth()).isEqualTo("1920");
        assertThat(info.displayHeight()).isEqualTo("1080");
        assertThat(info.connectionSecure()).isEqualTo("true");
        assertThat(info.connectionPort()).isEqualTo("3061");
        assertThat(info.applicationId()).isEqualTo("com.example.tv");
        assertThat(info.browserName()).isNull();
        assertThat(info.get("customKey")).contains("kept");
        assertThat(info.values().keySet()).startsWith("primaryHardwareType", "model", "version");
    }

    @Test
    void acceptsUrlEncodedAndUrlSafeForms() {
        String json = "{\"model\":\"Pixel >>>?? 8\",\"osName\":\"Android\"}";
        String standard = b64(json);
        assertThat(standard).contains("+").contains("/").endsWith("=");

        String urlEncoded = URLEncoder.encode(standard, StandardCharsets.UTF_8);
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        String plusKeptLiteral = standard.replace("=", "%3D");

        for (String form : new String[] { standard, urlEncoded, urlSafe, plusKeptLiteral }) {
            DeviceInfo info = DeviceInfo.parse(form, DeviceInfoRules.V1);
            assertThat(info.model()).as(form).isEqualTo("Pixel >>>?? 8");
            assertThat(info.osName()).isEqualTo("Android");
        }
    }

    @Test
    void normalisesRestrictedValuesToTheSpecSpelling() {
        DeviceInfo info = DeviceInfo.parse(b64("{\"osName\":\"ios\",\"primaryHardwareType\":\"mobilephone\","
                + "\"connectionSecure\":\"FALSE\",\"browserName\":\"chrome\"}"), DeviceInfoRules.V2);

        assertThat(info.osName()).isEqualTo("iOS");
        assertThat(info.primaryHardwareType()).isEqualTo("MobilePhone");
        assertThat(info.connectionSecure()).isEqualTo("false");
        assertThat(info.browserName()).isEqualTo("Chrome");
    }

    @ParameterizedTest
    @EnumSource(DeviceInfoRules.class)
    void requiresNoKeys(DeviceInfoRules rules) {
        assertThat(DeviceInfo.parse(b64("{}"), rules).isEmpty()).isTrue();
        assertThat(rules.requiredKeys()).isEmpty();
    }

    @Test
    void treatsJsonNullAsAbsent() {
        assertThat(DeviceInfo.parse(b64("{\"model\":null,\"osName\":\"Linux\"}"), DeviceInfoRules.V2).values())
                .containsExactly(Map.entry("osName", "Linux"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesAMissingValue(String value) {
        assertThat(failure(value)).contains("missing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not base64 at all! | not Base64",
            "eyJh*IjoxfQ== | not Base64",
            "eyJhIjox+fQ_ | not Base64",
            "eyJhIjoxfQ=== | not Base64",
            "%ZZ | invalid URL encoding" })
    void refusesBadEncodings(String value, String reason) {
        assertThat(failure(value)).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not json | not valid JSON",
            "{\"model\":\"x\" | not valid JSON",
            "{\"model\":\"x\"} trailing | not valid JSON",
            "{\"model\":\"a\",\"model\":\"b\"} | not valid JSON",
            "[\"model\"] | must be a JSON object",
            "\"model\" | must be a JSON object",
            "{\"model\":{\"name\":\"x\"}} | key 'model' must be a string, a number or a boolean",
            "{\"osVendor\":[\"Apple\"]} | key 'osVendor' must be",
            "{\"osName\":\"BeOS\"} | key 'osName' has an unsupported value 'BeOS'",
            "{\"primaryHardwareType\":\"Toaster\"} | key 'primaryHardwareType'",
            "{\"osFamily\":\"Amiga\"} | key 'osFamily'",
            "{\"osVendor\":\"Commodore\"} | key 'osVendor'",
            "{\"browserName\":\"Netscape Navigator\"} | key 'browserName'",
            "{\"browserVendor\":\"Opera Software\"} | key 'browserVendor'",
            "{\"connectionSecure\":\"yes\"} | key 'connectionSecure'",
            "{\"connectionSecure\":1} | key 'connectionSecure'" })
    void refusesBadContent(String json, String reason) {
        assertThat(failure(b64(json))).contains(reason);
    }

    @Test
    void refusesMoreThan8KiB() {
        String padding = "x".repeat(DeviceInfo.MAX_DECODED_BYTES - "{\"model\":\"\"}".length());
        String fits = "{\"model\":\"" + padding + "\"}";
        assertThat(fits.getBytes(StandardCharsets.UTF_8)).hasSize(8192);

        assertThat(DeviceInfo.parse(b64(fits), DeviceInfoRules.V2).model()).hasSize(padding.length());
        assertThat(failure(b64("{\"model\":\"" + padding + "x\"}"))).contains("larger than 8192 bytes");
        assertThat(failure("A".repeat(1_000_000))).contains("larger than 8192 bytes");
    }

    @Test
    void reEncodesToBase64Json() throws Exception {
        DeviceInfo info = DeviceInfo.parse(b64(ROKU_JSON), DeviceInfoRules.V2);

        String encoded = info.toBase64Json();

        assertThat(DeviceInfo.parse(encoded, DeviceInfoRules.V2)).isEqualTo(info);
        Map<?, ?> json = new ObjectMapper().readValue(Base64.getDecoder().decode(encoded), Map.class);
        assertThat(json.get("displayWidth")).isEqualTo("1920");
        assertThat(DeviceInfo.empty().toBase64Json()).isEqualTo(b64("{}"));
    }

    @Test
    void mergesBackendValuesUnderExplicitOnes() {
        DeviceInfo info = DeviceInfo.parse(b64("{\"connectionIp\":\"198.51.100.1\"}"), DeviceInfoRules.V2)
                .withDefault("connectionIp", "203.0.113.9").withDefault("userAgent", "Roku/DVP-12.5")
                .withDefault("model", null);

        assertThat(info.connectionIp()).isEqualTo("198.51.100.1");
        assertThat(info.userAgent()).isEqualTo("Roku/DVP-12.5");
        assertThat(info.values()).doesNotContainKey("model");
    }

    @Test
    void buildsTheSessionDeviceView() throws Exception {
        DeviceInfo info = DeviceInfo.parse(b64(ROKU_JSON), DeviceInfoRules.V2);

        String json = new ObjectMapper().writeValueAsString(info.toSessionDeviceView());

        assertThat(json).isEqualTo("{\"type\":\"SetTopBox\",\"model\":\"Roku Ultra\","
                + "\"version\":{\"major\":4,\"minor\":2,\"patch\":1,\"profile\":\"beta\"},"
                + "\"hardware\":{\"name\":\"Roku Ultra\",\"vendor\":null,\"version\":\"4.2.1-beta\","
                + "\"manufacturer\":\"Roku\"},"
                + "\"operatingSystem\":{\"name\":\"Roku OS\",\"family\":\"Roku OS\",\"vendor\":\"Roku\","
                + "\"version\":\"12.5\"},"
                + "\"browser\":{\"name\":null,\"vendor\":null,\"version\":null,\"userAgent\":null,"
                + "\"originalUserAgent\":null},"
                + "\"display\":{\"width\":1920,\"height\":1080,\"ppi\":null,\"name\":null,\"vendor\":null,"
                + "\"version\":null,\"diagonalSize\":null},"
                + "\"applicationId\":\"com.example.tv\","
                + "\"connection\":{\"ipAddress\":\"203.0.113.7\",\"port\":\"3061\",\"secure\":true,\"type\":null}}");
    }

    @Test
    void sessionViewOfAnEmptyDeviceMatchesTheSpecSampleDefaults() {
        Map<String, Object> view = DeviceInfo.empty().toSessionDeviceView();

        assertThat(view).containsKeys("type", "model", "version", "hardware", "operatingSystem", "browser",
                "display", "applicationId", "connection");
        assertThat(view.get("type")).isNull();
        assertThat(view.get("version")).isEqualTo(Map.of("major", 0, "minor", 0, "patch", 0, "profile", ""));
        @SuppressWarnings("unchecked")
        Map<String, Object> connection = (Map<String, Object>) view.get("connection");
        assertThat(connection).containsEntry("secure", null);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "17, 17, 0, 0, ''", "1.2, 1, 2, 0, ''", "10.0.19045.3803, 10, 0, 19045, "
            + "3803", "abc, 0, 0, 0, abc", "2.0 rc1, 2, 0, 0, rc1" })
    void parsesVersionStrings(String version, int major, int minor, int patch, String profile) {
        DeviceInfo info = new DeviceInfo(Map.of("version", version));

        assertThat(info.toSessionDeviceView().get("version"))
                .isEqualTo(Map.of("major", major, "minor", minor, "patch", patch, "profile", profile));
    }

    private static String failure(String value) {
        EnhancedErrorException e = catchThrowableOfType(EnhancedErrorException.class,
                () -> DeviceInfo.parse(value, DeviceInfoRules.V2));
        assertThat(e).as("expected a refusal of %s", value).isNotNull();
        assertThat(e.error().code()).isEqualTo("invalid_header_device_info");
        return e.error().details();
    }

    private static String b64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
