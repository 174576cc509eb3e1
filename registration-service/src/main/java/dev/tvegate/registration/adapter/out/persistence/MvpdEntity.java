package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code mvpd}. The client secret is kept sealed ({@link SecretSealer}) in its own column. */
@Entity
@Table(name = "mvpd")
public class MvpdEntity {
    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "logo_url", length = 2000)
    private String logoUrl;

    @Column(name = "protocol", nullable = false, length = 16)
    private String protocol;

    /** JSON {@link MvpdMapper.EndpointsJson}: everything but the secret. */
    @Column(name = "endpoints", nullable = false)
    private String endpoints;

    @Column(name = "client_secret_enc")
    private String clientSecretSealed;

    /** JSON {@link MvpdMapper.TempPassJson}, null unless a TempPass MVPD. */
    @Column(name = "temppass")
    private String tempPass;

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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getEndpoints() {
        return endpoints;
    }

    public void setEndpoints(String endpoints) {
        this.endpoints = endpoints;
    }

    public String getClientSecretSealed() {
        return clientSecretSealed;
    }

    public void setClientSecretSealed(String clientSecretSealed) {
        this.clientSecretSealed = clientSecretSealed;
    }

    public String getTempPass() {
        return tempPass;
    }

    public void setTempPass(String tempPass) {
        this.tempPass = tempPass;
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
