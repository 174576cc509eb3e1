package dev.tvegate.registration.adapter.in.rest.admin.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.tvegate.registration.application.port.in.CreatedApplication;

/**
 * Answer to {@code POST /admin/v1/applications}: the application's fields, its software statement, and the legacy v1
 * private key, which is shown this once only.
 */
public record CreatedApplicationResponse(@JsonUnwrapped ApplicationResponse application, String softwareStatement,
        String legacyPrivateKey) {

    public static CreatedApplicationResponse of(CreatedApplication created) {
        return new CreatedApplicationResponse(ApplicationResponse.of(created.application()),
                created.softwareStatement(), created.legacyPrivateKey());
    }
}
