package dev.tvegate.drm.adapter.in.rest.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.tvegate.drm.application.port.in.MintedAuthenticator;
import dev.tvegate.drm.domain.model.AuthenticatorInfo;
import dev.tvegate.drm.domain.model.ContentKeyInfo;
import dev.tvegate.drm.domain.model.CustomerSettings;
import dev.tvegate.drm.domain.model.CustomerSummary;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.SealingKeyInfo;

/** JSON bodies of the DRM admin API. Responses never carry a stored secret. */
final class AdminDtos {

    private AdminDtos() {
    }

    /** Create (all optional but name and backend) or full replacement (PUT; omitted = the create default). */
    record CustomerRequest(Long id, String name, Boolean enabled, String backend, List<String> drms,
            Boolean gateEnabled, List<String> requestors, Long monthlyTokenLimit) {
    }

    /** @param expressPlayCredentials per environment id: whether an ExpressPlay authenticator is set */
    record CustomerResponse(long id, String name, boolean enabled, String backend, List<String> drms,
            boolean gateEnabled, List<String> requestors, Long monthlyTokenLimit,
            Map<String, Boolean> expressPlayCredentials, Instant createdAt, Instant updatedAt) {

        static CustomerResponse of(CustomerSummary c) {
            CustomerSettings s = c.settings();
            return new CustomerResponse(c.id(), s.name(), s.enabled(), s.backend().id(),
                    s.drms().stream().sorted().map(DrmSystem::pathSegment).toList(), s.gateEnabled(),
                    s.requestors().stream().sorted().toList(),
                    s.monthlyTokenLimit().isPresent() ? s.monthlyTokenLimit().getAsLong() : null,
                    Map.of(Environment.TEST.id(), c.expressPlayCredentials().contains(Environment.TEST),
                            Environment.PRODUCTION.id(), c.expressPlayCredentials().contains(Environment.PRODUCTION)),
                    c.createdAt(), c.updatedAt());
        }
    }

    record AuthenticatorRequest(String environment, String label) {
    }

    /** @param hint the last four hex digits of the authenticator */
    record AuthenticatorResponse(String id, String environment, String label, String hint, Instant createdAt) {
        static AuthenticatorResponse of(AuthenticatorInfo a) {
            return new AuthenticatorResponse(a.id(), a.environment().id(), a.label(), a.hint(), a.createdAt());
        }
    }

    /** The one answer that carries an authenticator's plaintext. */
    record CreatedAuthenticatorResponse(String id, String environment, String label, String hint, Instant createdAt,
            String customerAuthenticator) {
        static CreatedAuthenticatorResponse of(MintedAuthenticator m) {
            AuthenticatorInfo a = m.info();
            return new CreatedAuthenticatorResponse(a.id(), a.environment().id(), a.label(), a.hint(), a.createdAt(),
                    m.customerAuthenticator());
        }
    }

    record ExpressPlayCredentialRequest(String customerAuthenticator) {
    }

    /** @param key 32 hex digits */
    record ContentKeyRequest(String key, String resourceId) {
    }

    record ContentKeyResponse(String kid, String resourceId, Instant createdAt) {
        static ContentKeyResponse of(ContentKeyInfo k) {
            return new ContentKeyResponse(k.kid(), k.resourceId().orElse(null), k.createdAt());
        }
    }

    record SealingKeyRequest(String environment) {
    }

    /** @param keyId 8 hex digits */
    record SealingKeyResponse(String keyId, String environment, Instant createdAt, boolean current) {
        static SealingKeyResponse of(SealingKeyInfo k) {
            return new SealingKeyResponse(k.keyIdHex(), k.environment().id(), k.createdAt(), k.current());
        }
    }
}
