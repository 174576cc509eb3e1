package dev.tvegate.sandbox.adapter.in.rest.control;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The faults currently injected (none by default). */
@Singleton
public class FaultSettings {

    /** The endpoint names faults can target. */
    public static final List<String> ENDPOINTS = List.of("discovery", "authorize", "token", "jwks", "userinfo",
            "logout", "entitlements", "logo");

    /**
     * @param delayMs delay before answering, in milliseconds (0 = none)
     * @param failStatus HTTP status to answer with instead of the real answer (0 = none)
     * @param failRate probability (0–1) that a request fails with {@code failStatus}
     * @param endpoints the endpoint names affected
     */
    @RegisterForReflection
    public record Faults(long delayMs, int failStatus, double failRate, Set<String> endpoints) {

        public Faults {
            endpoints = Set.copyOf(endpoints);
        }

        boolean applyTo(String endpoint) {
            return endpoint != null && endpoints.contains(endpoint);
        }
    }

    private final AtomicReference<Faults> current = new AtomicReference<>();

    /** @return the faults in force, or null */
    public Faults current() {
        return current.get();
    }

    public void set(Faults faults) {
        current.set(faults);
    }

    public void clear() {
        current.set(null);
    }
}
