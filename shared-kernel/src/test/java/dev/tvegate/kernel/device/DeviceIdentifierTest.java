package dev.tvegate.kernel.device;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tvegate.kernel.error.EnhancedErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DeviceIdentifierTest {

    private static final String SPEC_SAMPLE = "fingerprint YmEyM2QxNDEtZDcxNS01NjFjLTk0ZjQtZTllNGM5NjZiMWVi";

    @Test
    void decodesTheSpecSample() {
        DeviceIdentifier id = DeviceIdentifier.parse(SPEC_SAMPLE);

        assertThat(id.type()).isEqualTo("fingerprint");
        assertThat(id.encoded()).isEqualTo("YmEyM2QxNDEtZDcxNS01NjFjLTk0ZjQtZTllNGM5NjZiMWVi");
        assertThat(id.deviceId()).isEqualTo("ba23d141-d715-561c-94f4-e9e4c966b1eb");
        assertThat(id.headerValue()).isEqualTo(SPEC_SAMPLE);
    }

    @ParameterizedTest
    @CsvSource({
            "'FingerPrint   c28tZGV2aWQtMDAz', so-devid-003",
            "'  fingerprint c28tZGV2aWQtMDAz  ', so-devid-003",
            // padding optional
            "'fingerprint YWJjZA==', abcd",
            "'fingerprint YWJjZA', abcd",
            // a SHA-256 hex digest, as the spec suggests for native ids
            "'fingerprint NmI4NmIyNzNmZjM0ZmNlMTlkNmI4MDRlZmY1YTNmNTc0N2FkYTRlYWEyMmYxZDQ5YzAxZTUyZGRiNzg3NWI0Yg==', "
                    + "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b" })
    void acceptsValidForms(String header, String deviceId) {
        DeviceIdentifier id = DeviceIdentifier.parse(header);

        assertThat(id.deviceId()).isEqualTo(deviceId);
        assertThat(id.type()).isEqualTo("fingerprint");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   " })
    void refusesAMissingHeader(String header) {
        assertThat(failure(header)).contains("missing");
    }

    @ParameterizedTest
    @CsvSource({
            "YmEyM2QxNDE, form '<type> <identifier>'",
            "'fingerprint', form '<type> <identifier>'",
            "'fingerprint YWJj ZA==', form '<type> <identifier>'",
            "'idfa YWJjZA==', Unsupported AP-Device-Identifier type 'idfa'",
            "'fingerprint YWJj_A', not standard Base64",
            "'fingerprint YW*jZA', not standard Base64",
            "'fingerprint YWJjZ', not valid Base64",
            "'fingerprint ====', not standard Base64",
            "'fingerprint //79', not valid UTF-8",
            "'fingerprint YWIKY2Q=', control characters" })
    void refusesMalformedValues(String header, String reason) {
        assertThat(failure(header)).contains(reason);
    }

    @Test
    void refusesOversizedIds() {
        String ok = "x".repeat(DeviceIdentifier.MAX_DEVICE_ID_BYTES);
        String tooLong = ok + "x";

        assertThat(DeviceIdentifier.parse("fingerprint " + b64(ok)).deviceId()).hasSize(512);
        assertThat(failure("fingerprint " + b64(tooLong))).contains("longer than 512 bytes");
    }

    @Test
    void buildsTheHeaderOfADeviceId() {
        DeviceIdentifier id = DeviceIdentifier.fingerprint("ba23d141-d715-561c-94f4-e9e4c966b1eb");

        assertThat(id.headerValue()).isEqualTo(SPEC_SAMPLE);
        assertThat(DeviceIdentifier.parse(id.headerValue())).isEqualTo(id);
    }

    private static String failure(String header) {
        EnhancedErrorException e = catchThrowableOfType(EnhancedErrorException.class,
                () -> DeviceIdentifier.parse(header));
        assertThat(e).as("expected a refusal of %s", header).isNotNull();
        assertThat(e.error().code()).isEqualTo("invalid_header_device_identifier");
        assertThat(e.error().status()).isEqualTo(400);
        return e.error().details();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
