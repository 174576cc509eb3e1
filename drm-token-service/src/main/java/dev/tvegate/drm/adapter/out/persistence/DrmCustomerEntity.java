package dev.tvegate.drm.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code drm_customer}; the id starts the customer's authenticators. */
@Entity
@Table(name = "drm_customer")
public class DrmCustomerEntity {
    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Column(name = "enabled")
    private boolean enabled;

    @Column(name = "backend")
    private String backend;

    @Column(name = "drms")
    private String[] drms;

    @Column(name = "gate_enabled")
    private boolean gateEnabled;

    @Column(name = "requestors")
    private String[] requestors;

    @Column(name = "monthly_token_limit")
    private Long monthlyTokenLimit;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getBackend() {
        return backend;
    }

    public void setBackend(String backend) {
        this.backend = backend;
    }

    public String[] getDrms() {
        return drms;
    }

    public void setDrms(String[] drms) {
        this.drms = drms;
    }

    public boolean getGateEnabled() {
        return gateEnabled;
    }

    public void setGateEnabled(boolean gateEnabled) {
        this.gateEnabled = gateEnabled;
    }

    public String[] getRequestors() {
        return requestors;
    }

    public void setRequestors(String[] requestors) {
        this.requestors = requestors;
    }

    public Long getMonthlyTokenLimit() {
        return monthlyTokenLimit;
    }

    public void setMonthlyTokenLimit(Long monthlyTokenLimit) {
        this.monthlyTokenLimit = monthlyTokenLimit;
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
