package dev.tvegate.drm.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.tvegate.drm.domain.model.AuthenticatorInfo;
import dev.tvegate.drm.domain.model.ContentKeyInfo;
import dev.tvegate.drm.domain.model.CustomerSettings;
import dev.tvegate.drm.domain.model.CustomerSummary;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.SealingKeyInfo;
import io.smallrye.mutiny.Uni;

/**
 * Writes and lists what the token hot path reads (customers, authenticator hashes, sealed credentials and keys).
 * Every change is visible at once to this process's {@link CustomerDirectoryPort}, {@link ContentKeyPort} and
 * {@link TokenSealingKeyPort}; other replicas see it within their cache TTL. Writes to an unknown customer fail with
 * {@link dev.tvegate.drm.domain.error.AdminRequestException} {@code NOT_FOUND}.
 */
public interface DrmCustomerAdminPort {

    /** @param id the id asked for; empty = the next free one from the sequence. Fails {@code CONFLICT} if taken. */
    Uni<CustomerSummary> create(OptionalLong id, CustomerSettings settings);

    Uni<Optional<CustomerSummary>> find(long customerId);

    Uni<List<CustomerSummary>> list();

    Uni<Optional<CustomerSummary>> update(long customerId, CustomerSettings settings);

    Uni<Boolean> delete(long customerId);

    /** Stores an authenticator's hash (never the authenticator). */
    Uni<AuthenticatorInfo> addAuthenticator(long customerId, String id, Environment environment, byte[] sha256,
            String hint, String label);

    Uni<List<AuthenticatorInfo>> listAuthenticators(long customerId);

    Uni<Boolean> deleteAuthenticator(long customerId, String authenticatorId);

    /** Stores the customer's ExpressPlay authenticator sealed, replacing any earlier one. */
    Uni<Void> setExpressPlayCredential(long customerId, Environment environment, String authenticator);

    Uni<Boolean> clearExpressPlayCredential(long customerId, Environment environment);

    /**
     * @param kid normalised
     * @return true if created, false if an existing key was replaced
     */
    Uni<Boolean> putContentKey(long customerId, String kid, byte[] key, Optional<String> resourceId);

    Uni<Optional<ContentKeyInfo>> findContentKey(long customerId, String kid);

    Uni<List<ContentKeyInfo>> listContentKeys(long customerId);

    Uni<Boolean> deleteContentKey(long customerId, String kid);

    /** Creates a fresh key (CSPRNG) that becomes the current one of that environment. */
    Uni<SealingKeyInfo> rotateSealingKey(long customerId, Environment environment);

    /** @return the customer's keys, newest first per environment, the current one flagged */
    Uni<List<SealingKeyInfo>> listSealingKeys(long customerId);

    Uni<SealingKeyDeletion> deleteSealingKey(long customerId, int keyId);

    enum SealingKeyDeletion {
        DELETED,
        NOT_FOUND,
        /** refused: the key is the current one of its environment */
        CURRENT
    }
}
