package dev.tvegate.registration.application.port.out;

import java.util.Optional;

import dev.tvegate.registration.domain.model.RegisteredApplication;

/** Issues and verifies software statements: JWS (RS256) signed with the service's current signing key. */
public interface SoftwareStatementPort {
    /** A signed statement naming the application ({@code software_id} = application id) and its attributes. */
    String issue(RegisteredApplication application);

    /**
     * @return the application id named by a statement whose signature, issuer and type are valid; empty if the
     *         statement is malformed or its signature does not verify with any published key
     */
    Optional<String> verify(String softwareStatement);
}
