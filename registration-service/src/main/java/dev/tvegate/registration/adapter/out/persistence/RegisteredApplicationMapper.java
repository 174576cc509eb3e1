package dev.tvegate.registration.adapter.out.persistence;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.tvegate.registration.domain.model.RegisteredApplication;

/** {@link RegisteredApplication} ⇄ {@link RegisteredApplicationEntity}; the legacy private key is sealed. */
@Singleton
public class RegisteredApplicationMapper {

    private static final Logger LOG = Logger.getLogger(RegisteredApplicationMapper.class);

    /** Rows whose sealed secret could not be opened, already reported. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final JsonColumns json;
    private final SecretSealer sealer;

    public RegisteredApplicationMapper(JsonColumns json, SecretSealer sealer) {
        this.json = json;
        this.sealer = sealer;
    }

    static String privateKeyContext(String applicationId) {
        return "registered_application/" + applicationId + "/legacy_private_key";
    }

    public RegisteredApplication toDomain(RegisteredApplicationEntity e) {
        return new RegisteredApplication(e.getId(), e.getName(), e.getVersion(), json.stringList(e.getPlatforms()),
                json.stringList(e.getServiceProviders()), json.stringList(e.getScopes()),
                json.stringList(e.getDomains()), e.getLegacyPublicKey(), openPrivateKey(e), e.isRevoked(),
                e.getCreatedAt());
    }

    /** A key that no longer opens (the secrets key changed) is reported; legacy signatures of the app then fail. */
    private String openPrivateKey(RegisteredApplicationEntity e) {
        try {
            return sealer.open(e.getLegacyPrivateKeySealed(), privateKeyContext(e.getId()));
        } catch (SecretSealer.SealedSecretException ex) {
            if (reported.add(e.getId())) { // once per row and process: reads must not flood the log
                LOG.errorf("Registered application '%s': %s. Its legacy v1 signed requests will be refused.", e.getId(),
                        ex.getMessage());
            }
            return null;
        }
    }

    /** Copies the domain state into a new or managed entity. */
    public void copyInto(RegisteredApplication a, RegisteredApplicationEntity e) {
        e.setId(a.id());
        e.setName(a.name());
        e.setVersion(a.version());
        e.setPlatforms(json.write(a.platforms()));
        e.setServiceProviders(json.write(a.serviceProviders()));
        e.setScopes(json.write(a.scopes()));
        e.setDomains(json.write(a.domains()));
        e.setLegacyPublicKey(a.legacyPublicKey());
        e.setLegacyPrivateKeySealed(a.legacyPrivateKey() == null ? null
                : sealer.seal(a.legacyPrivateKey(), privateKeyContext(a.id())));
        e.setRevoked(a.revoked());
    }
}
