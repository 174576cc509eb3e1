package dev.tvegate.authz.application.port.in;

import java.util.List;
import java.util.Objects;

import dev.tvegate.authz.domain.model.DecisionKind;

/**
 * A decisions request after authentication at the edge.
 *
 * @param kind authorize or preauthorize
 * @param serviceProvider path {@code {serviceProvider}}
 * @param mvpd path {@code {mvpd}}
 * @param clientId the calling application (verified access token)
 * @param deviceHeaders the device headers as received
 * @param resources body {@code resources}, may be null (refused as invalid_parameter_resources)
 * @param tempPassIdentity {@code AP-TempPass-Identity} as received, may be null
 */
public record AuthorizeCommand(DecisionKind kind, String serviceProvider, String mvpd, String clientId,
        DeviceHeaders deviceHeaders, List<String> resources, String tempPassIdentity) {

    public AuthorizeCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deviceHeaders, "deviceHeaders");
    }
}
