package dev.tvegate.registration.application.port.in;

import dev.tvegate.registration.domain.model.RegisteredApplication;

/**
 * The answer to an application registration: the application, its software statement and the legacy v1 private key.
 * This is the only time the private key is handed out.
 */
public record CreatedApplication(RegisteredApplication application, String softwareStatement,
        String legacyPrivateKey) {
}
