package dev.tvegate.kernel.error;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorCodeTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            // REST v2 table
            "invalid_parameter_service_provider, none, 400, true, false",
            "invalid_header_device_identifier, none, 400, true, false",
            "invalid_header_pfs_provider_info_expired, none, 400, true, false",
            "invalid_authentication_session, none, 400, true, false",
            "authorization_denied_by_degradation_rule, none, 403, true, false",
            "internal_server_error, none, 500, true, false",
            "invalid_configuration_mvpd_platform_profile_exchange, configuration, 500, true, false",
            "invalid_access_token_service_provider, application-registration, 401, true, false",
            "invalid_access_token_client_application, application-registration, 401, true, false",
            "authenticated_profile_missing, authentication, 403, true, false",
            "temporary_access_resources_limit_exceeded, authentication, 403, true, false",
            // in both tables
            "too_many_resources, configuration, 403, true, true",
            "authorization_denied_by_mvpd, none, 403, true, true",
            "identity_not_recognized_by_mvpd, authentication, 403, true, true",
            "network_connection_timeout, retry, 403, true, true",
            "maximum_execution_time_exceeded, retry, 403, true, true",
            // REST v1 table (first listed status)
            "invalid_requestor, none, 400, false, true",
            "missing_resource, none, 400, false, true",
            "internal_error, none, 400, false, true",
            "unknown_integration, configuration, 400, false, true",
            "authentication_session_issuer_mismatch, authentication, 400, false, true",
            "authentication_session_expired, authentication, 403, false, true",
            "preauthorization_authentication_session_missing, authentication, 412, false, true",
            "authorization_not_found, authorization, 403, false, true",
            "authorization_expired, authorization, 410, false, true" })
    void matchesTheSpecTables(String code, String action, int status, boolean v2, boolean v1) {
        ErrorCode errorCode = ErrorCode.fromCode(code).orElseThrow();

        assertThat(errorCode.code()).isEqualTo(code);
        assertThat(errorCode.action().wire()).isEqualTo(action);
        assertThat(errorCode.status()).isEqualTo(status);
        assertThat(errorCode.v2()).as("v2").isEqualTo(v2);
        assertThat(errorCode.v1()).as("v1").isEqualTo(v1);
    }

    @Test
    void holdsEveryCodeOfBothTablesOnce() {
        assertThat(ErrorCode.values()).hasSize(62);
        assertThat(Arrays.stream(ErrorCode.values()).filter(ErrorCode::v2)).hasSize(47);
        assertThat(Arrays.stream(ErrorCode.values()).filter(ErrorCode::v1)).hasSize(25);
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet())).hasSize(62);
    }

    @Test
    void keepsEveryStatusOfMultiStatusV1Codes() {
        assertThat(ErrorCode.INTERNAL_ERROR.statuses()).containsExactly(400, 405, 500);
        assertThat(ErrorCode.AUTHORIZATION_NOT_FOUND.statuses()).containsExactly(403, 404);
        assertThat(ErrorCode.AUTHENTICATION_SESSION_MISSING.statuses()).containsExactly(403, 412);
        assertThat(ErrorCode.AUTHORIZATION_EXPIRED.statuses()).containsExactly(410);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeIsWellFormed(ErrorCode code) {
        assertThat(code.code()).matches("[a-z_]+").isEqualTo(code.name().toLowerCase());
        assertThat(code.message()).isNotBlank().endsWith(".");
        assertThat(code.statuses()).allSatisfy(status -> assertThat(status).isIn(400, 401, 403, 404, 405, 410,
                412, 500));
        assertThat(code.v1() || code.v2()).isTrue();
        assertThat(ErrorCode.fromCode(code.code())).contains(code);
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThat(ErrorCode.fromCode("no_such_code")).isEmpty();
        assertThat(ErrorCode.fromCode(null)).isEmpty();
        assertThat(ErrorCode.fromCode("INVALID_REQUESTOR")).as("wire codes are lower case").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ErrorAction.class)
    void actionsRoundTripThroughTheirWireValue(ErrorAction action) {
        assertThat(ErrorAction.fromWire(action.wire())).isSameAs(action);
    }

    @Test
    void actionWireValuesAreTheSpecOnes() {
        assertThat(Arrays.stream(ErrorAction.values()).map(ErrorAction::wire)).containsExactly("none",
                "configuration", "application-registration", "authentication", "authorization", "retry");
        assertThatThrownBy(() -> ErrorAction.fromWire("reboot")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reboot");
    }
}
