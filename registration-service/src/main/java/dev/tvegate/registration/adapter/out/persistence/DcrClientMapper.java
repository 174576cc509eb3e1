package dev.tvegate.registration.adapter.out.persistence;

import jakarta.inject.Singleton;

import dev.tvegate.registration.domain.model.DcrClient;

/** {@link DcrClient} ⇄ {@link DcrClientEntity}. */
@Singleton
public class DcrClientMapper {
    private final JsonColumns json;

    public DcrClientMapper(JsonColumns json) {
        this.json = json;
    }

    public DcrClient toDomain(DcrClientEntity e) {
        return new DcrClient(e.getClientId(), e.getSecretHash(), e.getApplicationId(),
                json.stringList(e.getRedirectUris()), e.getIssuedAt());
    }

    public void copyInto(DcrClient c, DcrClientEntity e) {
        e.setClientId(c.clientId());
        e.setSecretHash(c.secretHash());
        e.setApplicationId(c.applicationId());
        e.setRedirectUris(json.write(c.redirectUris()));
        e.setIssuedAt(c.issuedAt());
    }
}
