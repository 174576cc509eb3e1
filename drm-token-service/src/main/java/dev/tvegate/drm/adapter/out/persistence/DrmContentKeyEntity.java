package dev.tvegate.drm.adapter.out.persistence;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code drm_content_key}: a content key, sealed. */
@Entity
@Table(name = "drm_content_key")
@IdClass(DrmContentKeyEntity.Key.class)
public class DrmContentKeyEntity {
    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Id
    @Column(name = "kid")
    private String kid;

    @Column(name = "key_enc")
    private String keySealed;

    @Column(name = "resource_id")
    private String resourceId;

    @Column(name = "created_at")
    private Instant createdAt;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getKid() {
        return kid;
    }

    public void setKid(String kid) {
        this.kid = kid;
    }

    public String getKeySealed() {
        return keySealed;
    }

    public void setKeySealed(String keySealed) {
        this.keySealed = keySealed;
    }

    public String getResourceId() {
        return resourceId;
    }

    public void setResourceId(String resourceId) {
        this.resourceId = resourceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** The composite primary key. */
    public record Key(Long customerId, String kid) implements Serializable {
    }
}
