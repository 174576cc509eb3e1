package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code dcr_client}: client credentials obtained with DCR; only the secret's SHA-256 is kept. */
@Entity
@Table(name = "dcr_client")
public class DcrClientEntity {
    @Id
    @Column(name = "client_id", length = 64)
    private String clientId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "application_id", nullable = false, length = 64)
    private String applicationId;

    @Column(name = "redirect_uris", nullable = false)
    private String redirectUris;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public String getRedirectUris() {
        return redirectUris;
    }

    public void setRedirectUris(String redirectUris) {
        this.redirectUris = redirectUris;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }
}
