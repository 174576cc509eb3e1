package dev.tvegate.drm.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DrmContentKeyEntityRepository implements PanacheRepositoryBase<DrmContentKeyEntity, DrmContentKeyEntity.Key> {
}
