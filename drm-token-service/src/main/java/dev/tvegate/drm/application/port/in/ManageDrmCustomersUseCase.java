package dev.tvegate.drm.application.port.in;

import java.util.List;

import dev.tvegate.drm.domain.model.AuthenticatorInfo;
import dev.tvegate.drm.domain.model.ContentKeyInfo;
import dev.tvegate.drm.domain.model.CustomerSummary;
import dev.tvegate.drm.domain.model.SealingKeyInfo;
import io.smallrye.mutiny.Uni;

/**
 * Admin operations on DRM customers and what they own. Failures are
 * {@link dev.tvegate.drm.domain.error.AdminRequestException}s: {@code NOT_FOUND} for an unknown customer or item,
 * {@code INVALID} for bad input, {@code CONFLICT} for a taken customer id or deleting the current sealing key. No
 * result ever carries a stored secret; a minted authenticator is returned once.
 */
public interface ManageDrmCustomersUseCase {

    /** Largest customer id (15 digits). */
    long MAX_CUSTOMER_ID = 999_999_999_999_999L;

    Uni<CustomerSummary> create(CustomerCommand command);

    Uni<CustomerSummary> get(long customerId);

    Uni<List<CustomerSummary>> list();

    /** Replaces every setting (the command's id is ignored). */
    Uni<CustomerSummary> update(long customerId, CustomerCommand command);

    /** Deletes the customer with its authenticators, credentials and keys. */
    Uni<Void> delete(long customerId);

    Uni<MintedAuthenticator> createAuthenticator(AuthenticatorCommand command);

    Uni<List<AuthenticatorInfo>> listAuthenticators(long customerId);

    Uni<Void> deleteAuthenticator(long customerId, String authenticatorId);

    Uni<CustomerSummary> setExpressPlayCredential(ExpressPlayCredentialCommand command);

    Uni<CustomerSummary> clearExpressPlayCredential(long customerId, String environment);

    /** @return the stored key's description and whether it was new (false = replaced) */
    Uni<PutContentKeyResult> putContentKey(ContentKeyCommand command);

    Uni<ContentKeyInfo> getContentKey(long customerId, String kid);

    Uni<List<ContentKeyInfo>> listContentKeys(long customerId);

    Uni<Void> deleteContentKey(long customerId, String kid);

    /** Creates a new sealing key for the environment; it becomes the current one. */
    Uni<SealingKeyInfo> rotateSealingKey(long customerId, String environment);

    Uni<List<SealingKeyInfo>> listSealingKeys(long customerId);

    /** Deletes a rotated-out key (tokens it sealed stop redeeming); the current key cannot be deleted (conflict). */
    Uni<Void> deleteSealingKey(long customerId, String keyIdHex);

    record PutContentKeyResult(ContentKeyInfo key, boolean created) {
    }
}
