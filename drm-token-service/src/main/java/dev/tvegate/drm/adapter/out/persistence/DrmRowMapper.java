package dev.tvegate.drm.adapter.out.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import dev.tvegate.drm.domain.model.AuthenticatorInfo;
import dev.tvegate.drm.domain.model.ContentKeyInfo;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.CustomerAuthenticator;
import dev.tvegate.drm.domain.model.CustomerSettings;
import dev.tvegate.drm.domain.model.CustomerSummary;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.TokenBackend;

/** Rows ⇄ domain records. Ids stored in the rows were checked on the way in; an unknown one is a data error. */
final class DrmRowMapper {

    private DrmRowMapper() {
    }

    static void copyInto(CustomerSettings settings, DrmCustomerEntity e) {
        e.setName(settings.name());
        e.setEnabled(settings.enabled());
        e.setBackend(settings.backend().id());
        e.setDrms(settings.drms().stream().sorted().map(DrmSystem::pathSegment).toArray(String[]::new));
        e.setGateEnabled(settings.gateEnabled());
        e.setRequestors(settings.requestors().stream().sorted().toArray(String[]::new));
        e.setMonthlyTokenLimit(settings.monthlyTokenLimit().isPresent() ? settings.monthlyTokenLimit().getAsLong()
                : null);
    }

    static CustomerSettings settings(DrmCustomerEntity e) {
        Set<DrmSystem> drms = EnumSet.noneOf(DrmSystem.class);
        for (String drm : e.getDrms()) {
            drms.add(DrmSystem.fromPathSegment(drm).orElseThrow(() -> unknown("drm", drm)));
        }
        return new CustomerSettings(e.getName(), e.getEnabled(),
                TokenBackend.fromId(e.getBackend()).orElseThrow(() -> unknown("backend", e.getBackend())), drms,
                e.getGateEnabled(), Set.copyOf(Arrays.asList(e.getRequestors())),
                e.getMonthlyTokenLimit() == null ? OptionalLong.empty() : OptionalLong.of(e.getMonthlyTokenLimit()));
    }

    static CustomerSummary summary(DrmCustomerEntity e, Collection<Environment> credentials) {
        return new CustomerSummary(e.getId(), settings(e), Set.copyOf(credentials), e.getCreatedAt(),
                e.getUpdatedAt());
    }

    static Customer customer(DrmCustomerEntity e, Collection<DrmCustomerAuthenticatorEntity> authenticators,
            Map<Environment, String> expressPlayAuthenticators) {
        CustomerSettings s = settings(e);
        return new Customer(e.getId(), s.name(), s.enabled(), s.backend(), s.drms(), s.gateEnabled(), s.requestors(),
                s.monthlyTokenLimit(), authenticators.stream()
                        .map(a -> new CustomerAuthenticator(a.getId(), a.getCustomerId(), environment(a.getEnvironment()),
                                a.getSha256(), a.getLabel(), a.getCreatedAt()))
                        .toList(),
                expressPlayAuthenticators);
    }

    static AuthenticatorInfo authenticator(DrmCustomerAuthenticatorEntity a) {
        return new AuthenticatorInfo(a.getId(), a.getCustomerId(), environment(a.getEnvironment()), a.getLabel(),
                a.getHint(), a.getCreatedAt());
    }

    static ContentKeyInfo contentKey(DrmContentKeyEntity k) {
        return new ContentKeyInfo(k.getCustomerId(), k.getKid(), Optional.ofNullable(k.getResourceId()),
                k.getCreatedAt());
    }

    static Environment environment(String id) {
        return Environment.fromId(id).orElseThrow(() -> unknown("environment", id));
    }

    static Set<Environment> environments(Collection<DrmExpressPlayCredentialEntity> credentials) {
        return credentials.stream().map(c -> environment(c.getEnvironment())).collect(Collectors.toSet());
    }

    private static IllegalStateException unknown(String what, String value) {
        return new IllegalStateException("unknown " + what + " '" + value + "' stored in PostgreSQL");
    }
}
