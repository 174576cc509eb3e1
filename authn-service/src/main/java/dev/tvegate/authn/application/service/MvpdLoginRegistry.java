package dev.tvegate.authn.application.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tvegate.authn.application.port.out.MvpdLoginPort;

/**
 * The MVPD login adapters by protocol id ({@code oidc}, later {@code saml}…): a variant is a class selected by its
 * id (ARCHITECTURE.md §2), never a switch. A protocol without an adapter (e.g. {@code temppass}) needs no sign-in.
 */
public final class MvpdLoginRegistry {

    private final Map<String, MvpdLoginPort> byProtocol = new LinkedHashMap<>();

    /** @throws IllegalStateException when two adapters claim the same protocol */
    public MvpdLoginRegistry(Collection<? extends MvpdLoginPort> ports) {
        for (MvpdLoginPort port : ports) {
            MvpdLoginPort previous = byProtocol.putIfAbsent(port.protocol(), port);
            if (previous != null) {
                throw new IllegalStateException("two MVPD login adapters for protocol " + port.protocol() + ": "
                        + previous.getClass().getName() + " and " + port.getClass().getName());
            }
        }
    }

    /** @return the adapter of {@code protocol}, empty if none */
    public Optional<MvpdLoginPort> forProtocol(String protocol) {
        return Optional.ofNullable(protocol == null ? null : byProtocol.get(protocol));
    }

    /** @return whether users sign in at MVPDs of {@code protocol} through TVE Gate */
    public boolean supports(String protocol) {
        return protocol != null && byProtocol.containsKey(protocol);
    }

    /** @return the protocol ids with an adapter */
    public Set<String> protocols() {
        return Set.copyOf(byProtocol.keySet());
    }
}
