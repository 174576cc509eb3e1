package dev.tvegate.registration.adapter.out.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code integration}, keyed by (service provider, MVPD). */
@Entity
@Table(name = "integration")
@IdClass(IntegrationEntity.Key.class)
public class IntegrationEntity {

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String serviceProviderId;
        private String mvpdId;

        public Key() {
        }

        public Key(String serviceProviderId, String mvpdId) {
            this.serviceProviderId = serviceProviderId;
            this.mvpdId = mvpdId;
        }

        public String getServiceProviderId() {
            return serviceProviderId;
        }

        public String getMvpdId() {
            return mvpdId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(serviceProviderId, k.serviceProviderId)
                    && Objects.equals(mvpdId, k.mvpdId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceProviderId, mvpdId);
        }
    }

    @Id
    @Column(name = "service_provider_id", length = 64)
    private String serviceProviderId;

    @Id
    @Column(name = "mvpd_id", length = 64)
    private String mvpdId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "authn_ttl_seconds", nullable = false)
    private long authnTtlSeconds;

    @Column(name = "authz_ttl_seconds", nullable = false)
    private long authzTtlSeconds;

    @Column(name = "degradation", nullable = false, length = 16)
    private String degradation;

    @Column(name = "degradation_on_breaker_open", nullable = false)
    private boolean degradationOnBreakerOpen;

    @Column(name = "preflight_max_resources", nullable = false)
    private int preflightMaxResources;

    @Column(name = "entitlement_mode", nullable = false, length = 32)
    private String entitlementMode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public String getServiceProviderId() {
        return serviceProviderId;
    }

    public void setServiceProviderId(String serviceProviderId) {
        this.serviceProviderId = serviceProviderId;
    }

    public String getMvpdId() {
        return mvpdId;
    }

    public void setMvpdId(String mvpdId) {
        this.mvpdId = mvpdId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getAuthnTtlSeconds() {
        return authnTtlSeconds;
    }

    public void setAuthnTtlSeconds(long authnTtlSeconds) {
        this.authnTtlSeconds = authnTtlSeconds;
    }

    public long getAuthzTtlSeconds() {
        return authzTtlSeconds;
    }

    public void setAuthzTtlSeconds(long authzTtlSeconds) {
        this.authzTtlSeconds = authzTtlSeconds;
    }

    public String getDegradation() {
        return degradation;
    }

    public void setDegradation(String degradation) {
        this.degradation = degradation;
    }

    public boolean isDegradationOnBreakerOpen() {
        return degradationOnBreakerOpen;
    }

    public void setDegradationOnBreakerOpen(boolean degradationOnBreakerOpen) {
        this.degradationOnBreakerOpen = degradationOnBreakerOpen;
    }

    public int getPreflightMaxResources() {
        return preflightMaxResources;
    }

    public void setPreflightMaxResources(int preflightMaxResources) {
        this.preflightMaxResources = preflightMaxResources;
    }

    public String getEntitlementMode() {
        return entitlementMode;
    }

    public void setEntitlementMode(String entitlementMode) {
        this.entitlementMode = entitlementMode;
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
