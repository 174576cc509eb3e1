package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code registered_application}. List attributes are JSON arrays; the legacy private key is sealed. */
@Entity
@Table(name = "registered_application")
public class RegisteredApplicationEntity {
    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "version", nullable = false, length = 64)
    private String version;

    @Column(name = "platforms", nullable = false)
    private String platforms;

    @Column(name = "service_providers", nullable = false)
    private String serviceProviders;

    @Column(name = "scopes", nullable = false)
    private String scopes;

    @Column(name = "domains", nullable = false)
    private String domains;

    @Column(name = "legacy_public_key", length = 128, unique = true)
    private String legacyPublicKey;

    @Column(name = "legacy_private_key_enc")
    private String legacyPrivateKeySealed;

    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getPlatforms() {
        return platforms;
    }

    public void setPlatforms(String platforms) {
        this.platforms = platforms;
    }

    public String getServiceProviders() {
        return serviceProviders;
    }

    public void setServiceProviders(String serviceProviders) {
        this.serviceProviders = serviceProviders;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }

    public String getLegacyPublicKey() {
        return legacyPublicKey;
    }

    public void setLegacyPublicKey(String legacyPublicKey) {
        this.legacyPublicKey = legacyPublicKey;
    }

    public String getLegacyPrivateKeySealed() {
        return legacyPrivateKeySealed;
    }

    public void setLegacyPrivateKeySealed(String legacyPrivateKeySealed) {
        this.legacyPrivateKeySealed = legacyPrivateKeySealed;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void setRevoked(boolean revoked) {
        this.revoked = revoked;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
