package dev.tvegate.drm.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code drm_customer_authenticator}: an API key's SHA-256, never the key. */
@Entity
@Table(name = "drm_customer_authenticator")
public class DrmCustomerAuthenticatorEntity {
    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "environment")
    private String environment;

    @Column(name = "sha256")
    private byte[] sha256;

    @Column(name = "hint")
    private String hint;

    @Column(name = "label")
    private String label;

    @Column(name = "created_at")
    private Instant createdAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

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

    public byte[] getSha256() {
        return sha256;
    }

    public void setSha256(byte[] sha256) {
        this.sha256 = sha256;
    }

    public String getHint() {
        return hint;
    }

    public void setHint(String hint) {
        this.hint = hint;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
