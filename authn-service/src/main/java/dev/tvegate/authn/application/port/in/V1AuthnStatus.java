package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.Profile;

/** Whether a v1 device holds an AuthN token. */
public sealed interface V1AuthnStatus {

    /** A valid token. */
    record Valid(Profile profile) implements V1AuthnStatus {
        public Valid {
            Objects.requireNonNull(profile, "profile");
        }
    }

    /** The device's last token expired at {@code notAfter} (recently: the memory lasts a few days). */
    record Expired(long notAfter) implements V1AuthnStatus {
    }

    /** No token: never authenticated, logged out, or expired long ago. */
    record Missing() implements V1AuthnStatus {
    }
}
