package dev.tvegate.kernel.error;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnhancedErrorTest {

    @Test
    void isBuiltFromACodeWithDefaults() {
        EnhancedError error = EnhancedError.of(ErrorCode.AUTHENTICATED_PROFILE_MISSING);

        assertThat(error.action()).isEqualTo(ErrorAction.AUTHENTICATION);
        assertThat(error.status()).isEqualTo(403);
        assertThat(error.code()).isEqualTo("authenticated_profile_missing");
        assertThat(error.message()).isEqualTo(ErrorCode.AUTHENTICATED_PROFILE_MISSING.message());
        assertThat(error.details()).isNull();
        assertThat(error.helpUrl())
                .isEqualTo("https://tvegate.dev/docs/enhanced-error-codes#authenticated_profile_missing");
        assertThat(UUID.fromString(error.trace())).isNotNull();
        assertThat(error.errorCode()).contains(ErrorCode.AUTHENTICATED_PROFILE_MISSING);
    }

    @Test
    void everyErrorGetsItsOwnTrace() {
        assertThat(EnhancedError.of(ErrorCode.INTERNAL_SERVER_ERROR).trace())
                .isNotEqualTo(EnhancedError.of(ErrorCode.INTERNAL_SERVER_ERROR).trace());
    }

    @Test
    void withersChangeOneFieldOnly() {
        EnhancedError base = EnhancedError.of(ErrorCode.AUTHORIZATION_DENIED_BY_MVPD, "package missing");

        EnhancedError changed = base.withStatus(401).withDetails("d").withMessage("m").withTrace("t")
                .withHelpUrl("https://help.example/x");

        assertThat(base.details()).isEqualTo("package missing");
        assertThat(changed).isEqualTo(new EnhancedError(ErrorAction.NONE, 401, "authorization_denied_by_mvpd", "m",
                "d", "https://help.example/x", "t"));
    }

    @Test
    void refusesImpossibleValues() {
        assertThatThrownBy(() -> EnhancedError.of(ErrorCode.INTERNAL_ERROR).withStatus(42))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EnhancedError(null, 400, "c", "m", null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void exceptionCarriesTheErrorWithoutAStackTrace() {
        EnhancedErrorException e = new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_MVPD, "mvpd=??");

        assertThat(e.error().code()).isEqualTo("invalid_parameter_mvpd");
        assertThat(e.error().details()).isEqualTo("mvpd=??");
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(e.getMessage()).contains("invalid_parameter_mvpd").contains("mvpd=??");
        assertThat(new EnhancedErrorException(ErrorCode.INTERNAL_SERVER_ERROR).error().details()).isNull();
        EnhancedError custom = EnhancedError.of(ErrorCode.INTERNAL_ERROR).withStatus(500);
        assertThat(new EnhancedErrorException(custom).error()).isSameAs(custom);
    }
}
