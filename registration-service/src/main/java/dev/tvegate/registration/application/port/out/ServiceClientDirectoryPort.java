package dev.tvegate.registration.application.port.out;

import java.util.Optional;

import dev.tvegate.registration.domain.model.ServiceClient;

/** The service clients provisioned by configuration ({@code tvegate.registration.service-clients}). */
public interface ServiceClientDirectoryPort {
    Optional<ServiceClient> find(String clientId);
}
