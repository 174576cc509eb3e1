package dev.tvegate.registration.domain.model;

import java.util.List;

/**
 * A programmer's channel or brand (Adobe's "requestor"), e.g. {@code REF30}. The {@code domainName} a client sends
 * when it creates an authentication session must be one of {@link #domains()} (spec §8.1).
 */
public record ServiceProvider(String id, String name, List<String> domains) {
    public ServiceProvider {
        domains = List.copyOf(domains);
    }
}
