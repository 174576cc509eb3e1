package dev.tvegate.drm.domain.model;

import java.util.Optional;

/** The DRM a token is for, named as in ExpressPlay's paths ({@code /hms/fp/token}, {@code /hms/wv/token}, …). */
public enum DrmSystem {
    FAIRPLAY("fp"),
    WIDEVINE("wv"),
    PLAYREADY("pr");

    private final String pathSegment;

    DrmSystem(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** @return {@code fp}, {@code wv} or {@code pr} */
    public String pathSegment() {
        return pathSegment;
    }

    /** @return the DRM whose path segment is exactly {@code segment} (case-sensitive, as ExpressPlay's hosts) */
    public static Optional<DrmSystem> fromPathSegment(String segment) {
        for (DrmSystem drm : values()) {
            if (drm.pathSegment.equals(segment)) {
                return Optional.of(drm);
            }
        }
        return Optional.empty();
    }
}
