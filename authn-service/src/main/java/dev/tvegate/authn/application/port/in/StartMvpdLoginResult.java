package dev.tvegate.authn.application.port.in;

import java.net.URI;
import java.util.Objects;

/** Where the user agent goes next. */
public sealed interface StartMvpdLoginResult {

    /** To the MVPD's sign-in page (the authorization request). */
    record RedirectToMvpd(URI location) implements StartMvpdLoginResult {
        public RedirectToMvpd {
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * Straight back to the app: the MVPD needs no sign-in (a TempPass pseudo-MVPD, spec §8.3) or the AuthNAll
     * degradation rule applies and a degraded profile exists (spec §4.6).
     *
     * @param redirectUrl the session's redirect URL
     * @param reasonType {@code temporary} or {@code degraded}, as session create would have answered
     */
    record NoLoginNeeded(String redirectUrl, String reasonType) implements StartMvpdLoginResult {
        public NoLoginNeeded {
            Objects.requireNonNull(redirectUrl, "redirectUrl");
            Objects.requireNonNull(reasonType, "reasonType");
        }
    }
}
