package dev.tvegate.drm.domain.error;

/**
 * A refused admin request: {@link Kind#INVALID} input (400, naming the field), an unknown {@link Kind#NOT_FOUND}
 * customer or item (404), or a {@link Kind#CONFLICT} with what is stored (409).
 */
public final class AdminRequestException extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;
    private final String field;

    private AdminRequestException(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static AdminRequestException invalid(String field, String message) {
        return new AdminRequestException(Kind.INVALID, field, message);
    }

    public static AdminRequestException notFound(String message) {
        return new AdminRequestException(Kind.NOT_FOUND, null, message);
    }

    public static AdminRequestException conflict(String message) {
        return new AdminRequestException(Kind.CONFLICT, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** @return the offending field of an {@link Kind#INVALID} request, or null */
    public String field() {
        return field;
    }
}
