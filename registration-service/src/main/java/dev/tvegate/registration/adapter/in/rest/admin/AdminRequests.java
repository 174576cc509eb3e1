package dev.tvegate.registration.adapter.in.rest.admin;

import dev.tvegate.registration.domain.error.ValidationException;

/** Small helpers shared by the admin resources. */
final class AdminRequests {

    private AdminRequests() {
    }

    /** @return the body; a missing body (or JSON {@code null}) is a 400, not a NullPointerException */
    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON object body is required");
        }
        return body;
    }
}
