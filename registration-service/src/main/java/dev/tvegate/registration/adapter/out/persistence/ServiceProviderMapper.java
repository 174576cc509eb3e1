package dev.tvegate.registration.adapter.out.persistence;

import jakarta.inject.Singleton;

import dev.tvegate.registration.domain.model.ServiceProvider;

/** {@link ServiceProvider} ⇄ {@link ServiceProviderEntity}. */
@Singleton
public class ServiceProviderMapper {
    private final JsonColumns json;

    public ServiceProviderMapper(JsonColumns json) {
        this.json = json;
    }

    public ServiceProvider toDomain(ServiceProviderEntity e) {
        return new ServiceProvider(e.getId(), e.getName(), json.stringList(e.getDomains()));
    }

    /** Copies the domain state into a new or managed entity. */
    public void copyInto(ServiceProvider sp, ServiceProviderEntity e) {
        e.setId(sp.id());
        e.setName(sp.name());
        e.setDomains(json.write(sp.domains()));
    }
}
