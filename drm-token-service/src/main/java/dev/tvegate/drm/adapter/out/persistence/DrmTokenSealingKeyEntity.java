package dev.tvegate.drm.adapter.out.persistence;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code drm_token_sealing_key}: a token-sealing key, sealed; the highest generation seals. */
@Entity
@Table(name = "drm_token_sealing_key")
@IdClass(DrmTokenSealingKeyEntity.Key.class)
public class DrmTokenSealingKeyEntity {
    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Id
    @Column(name = "key_id")
    private Integer keyId;

    @Column(name = "environment")
    private String environment;

    @Column(name = "generation")
    private int generation;

    @Column(name = "secret_enc")
    private String secretSealed;

    @Column(name = "created_at")
    private Instant createdAt;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Integer getKeyId() {
        return keyId;
    }

    public void setKeyId(Integer keyId) {
        this.keyId = keyId;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public int getGeneration() {
        return generation;
    }

    public void setGeneration(int generation) {
        this.generation = generation;
    }

    public String getSecretSealed() {
        return secretSealed;
    }

    public void setSecretSealed(String secretSealed) {
        this.secretSealed = secretSealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** The composite primary key. */
    public record Key(Long customerId, Integer keyId) implements Serializable {
    }
}
