package dev.tvegate.registration.adapter.in.rest.admin.dto;

import java.util.List;

import dev.tvegate.registration.domain.model.ServiceProvider;

public record ServiceProviderResponse(String id, String name, List<String> domains) {
    public static ServiceProviderResponse of(ServiceProvider sp) {
        return new ServiceProviderResponse(sp.id(), sp.name(), sp.domains());
    }
}
