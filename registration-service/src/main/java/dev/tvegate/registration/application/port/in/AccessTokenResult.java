package dev.tvegate.registration.application.port.in;

/**
 * An issued access token (spec §1.3 response).
 *
 * @param id opaque tracking id (the token's {@code jti})
 * @param createdAtMillis epoch ms
 * @param expiresInSeconds lifetime in seconds
 */
public record AccessTokenResult(String id, String accessToken, long createdAtMillis, long expiresInSeconds) {
    @Override
    public String toString() {
        return "AccessTokenResult[id=" + id + ", createdAtMillis=" + createdAtMillis + ", expiresInSeconds="
                + expiresInSeconds + "]";
    }
}
