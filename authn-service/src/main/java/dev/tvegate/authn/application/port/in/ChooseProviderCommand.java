package dev.tvegate.authn.application.port.in;

import java.util.Objects;

/**
 * @param code the code (normalised by the use case)
 * @param mvpd the chosen MVPD id; ignored when the session already names one
 * @param clientIp the viewer's IP, the key of the failed-attempt limit
 */
public record ChooseProviderCommand(String code, String mvpd, String clientIp) {

    public ChooseProviderCommand {
        Objects.requireNonNull(clientIp, "clientIp");
    }
}
