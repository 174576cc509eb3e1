package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.smallrye.mutiny.Uni;

/** Admin operations on registered applications and their software statements. */
public interface ManageApplicationsUseCase {
    /**
     * Registers an application: a new id, a legacy v1 key pair, and a software statement.
     *
     * @throws dev.tvegate.registration.domain.error.ValidationException if a named service provider does not exist
     */
    Uni<CreatedApplication> create(ApplicationCommand command);

    /** @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such application */
    Uni<RegisteredApplication> get(String id);

    Uni<List<RegisteredApplication>> list();

    /**
     * A freshly signed software statement for the application (same claims, current signing key).
     *
     * @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such application
     * @throws dev.tvegate.registration.domain.error.ConflictException if the application is revoked
     */
    Uni<String> softwareStatement(String id);

    /**
     * Revokes the application (idempotent): its software statement and its clients stop working.
     *
     * @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such application
     */
    Uni<RegisteredApplication> revoke(String id);

    /**
     * Deletes the application and its DCR clients.
     *
     * @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such application
     */
    Uni<Void> delete(String id);
}
