package dev.tvegate.authn.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A v2 authentication session (spec §4.2–§4.4), identified by the code the user types on a second screen.
 *
 * @param code the authentication code (kernel {@code CodeGenerator}, normalised)
 * @param sessionId opaque UUID for tracking
 * @param serviceProvider the SP the session belongs to; only clients of this SP may read or resume it
 * @param mvpd the chosen MVPD, null while missing
 * @param domainName the SP domain the flow runs for, null while missing
 * @param redirectUrl where the user agent lands after the MVPD login, null while missing
 * @param client the client application that created the session (its profile will be bound to it)
 * @param device the device that created the session (its profile will be bound to it)
 * @param notBefore epoch ms the code became valid
 * @param notAfter epoch ms the code expires
 */
public record AuthenticationSession(String code, String sessionId, String serviceProvider, String mvpd,
        String domainName, String redirectUrl, ClientContext client, DeviceContext device, long notBefore,
        long notAfter) {

    /** Wire name of the MVPD parameter. */
    public static final String MVPD = "mvpd";
    /** Wire name of the domain parameter (the spec's ⚠ {@code domain} alias is accepted on input only). */
    public static final String DOMAIN_NAME = "domainName";
    /** Wire name of the redirect URL parameter. */
    public static final String REDIRECT_URL = "redirectUrl";

    public AuthenticationSession {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(device, "device");
    }

    /** @return the wire names among {@code mvpd}, {@code domainName}, {@code redirectUrl} whose value is missing */
    public List<String> missingParameters() {
        List<String> missing = new ArrayList<>(3);
        if (mvpd == null) {
            missing.add(MVPD);
        }
        if (domainName == null) {
            missing.add(DOMAIN_NAME);
        }
        if (redirectUrl == null) {
            missing.add(REDIRECT_URL);
        }
        return List.copyOf(missing);
    }

    /** @return whether every parameter is known, so the user agent may go to the MVPD */
    public boolean isComplete() {
        return mvpd != null && domainName != null && redirectUrl != null;
    }

    /** @return this session with the given values filled in where they are not null */
    public AuthenticationSession withParameters(String newMvpd, String newDomainName, String newRedirectUrl) {
        return new AuthenticationSession(code, sessionId, serviceProvider, newMvpd != null ? newMvpd : mvpd,
                newDomainName != null ? newDomainName : domainName,
                newRedirectUrl != null ? newRedirectUrl : redirectUrl, client, device, notBefore, notAfter);
    }

    /** @return whether the code is still valid at {@code nowMillis} */
    public boolean isValidAt(long nowMillis) {
        return nowMillis < notAfter;
    }
}
