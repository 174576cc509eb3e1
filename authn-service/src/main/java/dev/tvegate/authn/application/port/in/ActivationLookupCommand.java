package dev.tvegate.authn.application.port.in;

import java.util.Objects;

/**
 * @param typedCode the code as the viewer typed it (any case, spaces and dashes allowed)
 * @param clientIp the viewer's IP, the key of the failed-attempt limit
 * @param continueIfChosen whether a session whose MVPD is already known continues straight to the sign-in
 */
public record ActivationLookupCommand(String typedCode, String clientIp, boolean continueIfChosen) {

    public ActivationLookupCommand {
        Objects.requireNonNull(clientIp, "clientIp");
    }
}
