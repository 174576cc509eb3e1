package dev.tvegate.registration.adapter.in.rest.admin.dto;

import java.time.Instant;
import java.util.List;

import dev.tvegate.registration.domain.model.RegisteredApplication;

/** A registered application; never carries the legacy private key. */
public record ApplicationResponse(String id, String name, String version, List<String> platforms,
        List<String> serviceProviders, List<String> scopes, List<String> domains, String legacyPublicKey,
        boolean revoked, Instant createdAt) {

    public static ApplicationResponse of(RegisteredApplication a) {
        return new ApplicationResponse(a.id(), a.name(), a.version(), a.platforms(), a.serviceProviders(), a.scopes(),
                a.domains(), a.legacyPublicKey(), a.revoked(), a.createdAt());
    }
}
