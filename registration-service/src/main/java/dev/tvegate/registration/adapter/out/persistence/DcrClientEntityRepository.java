package dev.tvegate.registration.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DcrClientEntityRepository implements PanacheRepositoryBase<DcrClientEntity, String> {
}
