package dev.tvegate.drm.adapter.out.persistence;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code drm_expressplay_credential}: the customer's ExpressPlay authenticator, sealed. */
@Entity
@Table(name = "drm_expressplay_credential")
@IdClass(DrmExpressPlayCredentialEntity.Key.class)
public class DrmExpressPlayCredentialEntity {
    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Id
    @Column(name = "environment")
    private String environment;

    @Column(name = "authenticator_enc")
    private String authenticatorSealed;

    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getAuthenticatorSealed() {
        return authenticatorSealed;
    }

    public void setAuthenticatorSealed(String authenticatorSealed) {
        this.authenticatorSealed = authenticatorSealed;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** The composite primary key. */
    public record Key(Long customerId, String environment) implements Serializable {
    }
}
