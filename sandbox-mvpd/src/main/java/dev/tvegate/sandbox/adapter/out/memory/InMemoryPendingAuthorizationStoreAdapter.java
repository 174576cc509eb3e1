package dev.tvegate.sandbox.adapter.out.memory;

import java.time.Clock;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.out.PendingAuthorizationStorePort;
import dev.tvegate.sandbox.domain.model.PendingAuthorization;

/** Pending login forms in memory (single instance: a restart forgets them and users start again). */
public final class InMemoryPendingAuthorizationStoreAdapter implements PendingAuthorizationStorePort {

    private final ExpiringMap<PendingAuthorization> pending;

    public InMemoryPendingAuthorizationStoreAdapter(Clock clock, int capacity) {
        this.pending = new ExpiringMap<>(clock, capacity);
    }

    @Override
    public void save(PendingAuthorization form) {
        pending.put(form.id(), form, form.expiresAt());
    }

    @Override
    public Optional<PendingAuthorization> find(String id) {
        return pending.get(id);
    }

    @Override
    public Optional<PendingAuthorization> take(String id) {
        return pending.remove(id);
    }
}
