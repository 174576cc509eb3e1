package dev.tvegate.sandbox.application.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.in.CheckEntitlementUseCase;
import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;
import dev.tvegate.sandbox.domain.model.EntitlementDecision;
import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.model.UserDirectory;
import dev.tvegate.sandbox.domain.service.EntitlementPolicy;

/** Looks the subscriber up and applies the {@link EntitlementPolicy}. */
public final class CheckEntitlementService implements CheckEntitlementUseCase {

    private final UserDirectoryPort users;
    private final EntitlementPolicy policy;
    private final Duration ttl;

    public CheckEntitlementService(UserDirectoryPort users, EntitlementPolicy policy, Duration ttl) {
        this.users = users;
        this.policy = policy;
        this.ttl = ttl;
    }

    @Override
    public EntitlementResult check(EntitlementQuery query) {
        UserDirectory directory = users.directory();
        Optional<User> user = directory.bySubject(query.subject());
        List<String> entitlements = user.map(directory::entitlementsOf).orElse(List.of());
        EntitlementDecision decision = policy.decide(user, entitlements, query.resource());
        return new EntitlementResult(decision, ttl);
    }
}
