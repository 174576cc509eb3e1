package dev.tvegate.authn.application.port.in;

import java.util.Objects;

/**
 * A regular profile was stored.
 *
 * @param redirectUrl where the user agent goes now (the session's redirect URL)
 * @param serviceProvider the SP
 * @param mvpd the MVPD the user signed in with
 * @param notAfter epoch ms the profile expires (the integration's AuthN TTL from now)
 */
public record CompleteMvpdLoginResult(String redirectUrl, String serviceProvider, String mvpd, long notAfter) {

    public CompleteMvpdLoginResult {
        Objects.requireNonNull(redirectUrl, "redirectUrl");
    }
}
