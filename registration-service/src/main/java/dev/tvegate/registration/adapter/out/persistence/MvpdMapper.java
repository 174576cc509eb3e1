package dev.tvegate.registration.adapter.out.persistence;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.MvpdEndpoints;
import dev.tvegate.registration.domain.model.MvpdProtocol;
import dev.tvegate.registration.domain.model.TempPassRule;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@link Mvpd} ⇄ {@link MvpdEntity}; the client secret is sealed with {@link SecretSealer}. */
@Singleton
public class MvpdMapper {

    private static final Logger LOG = Logger.getLogger(MvpdMapper.class);

    /** The {@code endpoints} JSON column: everything but the secret. */
    @RegisterForReflection
    public record EndpointsJson(String issuer, String clientId, List<String> scopes, String entitlementUrl,
            String logoutUrl) {
    }

    /** The {@code temppass} JSON column. */
    @RegisterForReflection
    public record TempPassJson(long ttlSeconds, boolean promotional, int resourceLimit, String identityKey) {
    }

    /** Rows whose sealed secret could not be opened, already reported. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final JsonColumns json;
    private final SecretSealer sealer;

    public MvpdMapper(JsonColumns json, SecretSealer sealer) {
        this.json = json;
        this.sealer = sealer;
    }

    static String secretContext(String mvpdId) {
        return "mvpd/" + mvpdId + "/client_secret";
    }

    public Mvpd toDomain(MvpdEntity e) {
        EndpointsJson ep = json.read(e.getEndpoints(), EndpointsJson.class);
        MvpdEndpoints endpoints = ep == null ? MvpdEndpoints.none()
                : new MvpdEndpoints(ep.issuer(), ep.clientId(), openSecret(e), ep.scopes(), ep.entitlementUrl(),
                        ep.logoutUrl());
        TempPassJson tp = json.read(e.getTempPass(), TempPassJson.class);
        TempPassRule rule = tp == null ? null
                : new TempPassRule(tp.ttlSeconds(), tp.promotional(), tp.resourceLimit(), tp.identityKey());
        return new Mvpd(e.getId(), e.getDisplayName(), e.getLogoUrl(), MvpdProtocol.fromWire(e.getProtocol()),
                endpoints, rule);
    }

    /**
     * A secret that no longer opens (the secrets key changed) is reported and treated as absent, so that the admin
     * can still read the MVPD and set a new secret with a PUT.
     */
    private String openSecret(MvpdEntity e) {
        try {
            return sealer.open(e.getClientSecretSealed(), secretContext(e.getId()));
        } catch (SecretSealer.SealedSecretException ex) {
            if (reported.add(e.getId())) { // once per row and process: reads must not flood the log
                LOG.errorf("MVPD '%s': %s. Treating the client secret as missing; set it again with PUT /admin/v1/mvpds/%s",
                        e.getId(), ex.getMessage(), e.getId());
            }
            return null;
        }
    }

    /** Copies the domain state into a new or managed entity. */
    public void copyInto(Mvpd m, MvpdEntity e) {
        e.setId(m.id());
        e.setDisplayName(m.displayName());
        e.setLogoUrl(m.logoUrl());
        e.setProtocol(m.protocol().wire());
        MvpdEndpoints ep = m.endpoints();
        e.setEndpoints(json.write(
                new EndpointsJson(ep.issuer(), ep.clientId(), ep.scopes(), ep.entitlementUrl(), ep.logoutUrl())));
        e.setClientSecretSealed(ep.hasClientSecret() ? sealer.seal(ep.clientSecret(), secretContext(m.id())) : null);
        TempPassRule tp = m.tempPass();
        e.setTempPass(tp == null ? null
                : json.write(new TempPassJson(tp.ttlSeconds(), tp.promotional(), tp.resourceLimit(),
                        tp.identityKey())));
    }
}
