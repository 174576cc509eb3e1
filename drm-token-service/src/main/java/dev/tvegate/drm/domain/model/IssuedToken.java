package dev.tvegate.drm.domain.model;

import java.util.Objects;

/**
 * A minted token and where to redeem it. Rendered as ExpressPlay does: FairPlay and Widevine answer
 * {@code text/uri-list} with {@code <licenseAcquisitionUrl>?ExpressPlayToken=<token>}; PlayReady answers JSON
 * {@code {"licenseAcquisitionUrl": …, "token": …}}.
 *
 * @param drm the DRM system
 * @param licenseAcquisitionUrl the redemption URL without the token
 * @param token the ExpressPlayToken (URL-safe base64)
 */
public record IssuedToken(DrmSystem drm, String licenseAcquisitionUrl, String token) {

    public IssuedToken {
        Objects.requireNonNull(drm, "drm");
        Objects.requireNonNull(licenseAcquisitionUrl, "licenseAcquisitionUrl");
        Objects.requireNonNull(token, "token");
    }

    /** @return the URL carrying the token, as FairPlay and Widevine token responses hold it */
    public String tokenUrl() {
        return licenseAcquisitionUrl + (licenseAcquisitionUrl.contains("?") ? "&" : "?") + "ExpressPlayToken=" + token;
    }
}
