package dev.tvegate.drm.domain.error;

/**
 * A token request refused with an ExpressPlay error code. The message is ExpressPlay's text, with details appended
 * after a colon where the code carries them ({@code "Authentication token invalid: unknown authenticator"}). Details
 * never contain secrets or key material.
 */
public final class TokenRequestException extends RuntimeException {

    private final TokenErrorCode errorCode;

    public TokenRequestException(TokenErrorCode errorCode) {
        this(errorCode, null);
    }

    public TokenRequestException(TokenErrorCode errorCode, String details) {
        super(details == null || details.isBlank() ? errorCode.message() : errorCode.message() + ": " + details, null,
                false, false);
        this.errorCode = errorCode;
    }

    public TokenErrorCode errorCode() {
        return errorCode;
    }
}
