package dev.tvegate.drm.application.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.tvegate.drm.application.port.in.AdminInput;
import dev.tvegate.drm.application.port.in.AuthenticatorCommand;
import dev.tvegate.drm.application.port.in.ContentKeyCommand;
import dev.tvegate.drm.application.port.in.CustomerCommand;
import dev.tvegate.drm.application.port.in.ExpressPlayCredentialCommand;
import dev.tvegate.drm.application.port.in.ManageDrmCustomersUseCase;
import dev.tvegate.drm.application.port.in.MintedAuthenticator;
import dev.tvegate.drm.application.port.out.DrmCustomerAdminPort;
import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.drm.domain.model.AuthenticatorInfo;
import dev.tvegate.drm.domain.model.ContentKeyInfo;
import dev.tvegate.drm.domain.model.CustomerSummary;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.KeyIds;
import dev.tvegate.drm.domain.model.SealingKeyInfo;
import dev.tvegate.drm.domain.service.AuthenticatorCheck;
import io.smallrye.mutiny.Uni;

/**
 * Admin operations on DRM customers. Authenticators are minted here ({@code "<id>,<32 hex>"} from 16 CSPRNG bytes)
 * and only their SHA-256 is handed to the store.
 */
public final class ManageDrmCustomersService implements ManageDrmCustomersUseCase {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final DrmCustomerAdminPort store;

    public ManageDrmCustomersService(DrmCustomerAdminPort store) {
        this.store = store;
    }

    @Override
    public Uni<CustomerSummary> create(CustomerCommand command) {
        return store.create(command.id(), command.settings());
    }

    @Override
    public Uni<CustomerSummary> get(long customerId) {
        return existing(customerId);
    }

    @Override
    public Uni<List<CustomerSummary>> list() {
        return store.list();
    }

    @Override
    public Uni<CustomerSummary> update(long customerId, CustomerCommand command) {
        return store.update(customerId, command.settings()).map(found -> found.orElseThrow(() -> noCustomer(customerId)));
    }

    @Override
    public Uni<Void> delete(long customerId) {
        return store.delete(customerId).map(deleted -> require(deleted, noCustomer(customerId)));
    }

    @Override
    public Uni<MintedAuthenticator> createAuthenticator(AuthenticatorCommand command) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String secret = HEX.formatHex(random);
        String authenticator = command.customerId() + "," + secret;
        return forCustomer(command.customerId(), () -> store.addAuthenticator(command.customerId(),
                UUID.randomUUID().toString(), command.environment(), AuthenticatorCheck.sha256(authenticator),
                secret.substring(secret.length() - 4), command.label()))
                .map(info -> new MintedAuthenticator(info, authenticator));
    }

    @Override
    public Uni<List<AuthenticatorInfo>> listAuthenticators(long customerId) {
        return forCustomer(customerId, () -> store.listAuthenticators(customerId));
    }

    @Override
    public Uni<Void> deleteAuthenticator(long customerId, String authenticatorId) {
        return store.deleteAuthenticator(customerId, authenticatorId).map(deleted -> require(deleted,
                AdminRequestException.notFound("customer " + customerId + " has no authenticator " + authenticatorId)));
    }

    @Override
    public Uni<CustomerSummary> setExpressPlayCredential(ExpressPlayCredentialCommand command) {
        return forCustomer(command.customerId(), () -> store.setExpressPlayCredential(command.customerId(),
                command.environment(), command.authenticator())).chain(() -> existing(command.customerId()));
    }

    @Override
    public Uni<CustomerSummary> clearExpressPlayCredential(long customerId, String environment) {
        Environment env = AdminInput.environment(environment);
        return forCustomer(customerId, () -> store.clearExpressPlayCredential(customerId, env))
                .chain(() -> existing(customerId));
    }

    @Override
    public Uni<PutContentKeyResult> putContentKey(ContentKeyCommand command) {
        return forCustomer(command.customerId(), () -> store.putContentKey(command.customerId(), command.kid(),
                command.key(), command.resourceId()))
                .chain(created -> getContentKey(command.customerId(), command.kid())
                        .map(info -> new PutContentKeyResult(info, created)));
    }

    @Override
    public Uni<ContentKeyInfo> getContentKey(long customerId, String kid) {
        String normalised = ContentKeyCommand.kid(kid);
        return forCustomer(customerId, () -> store.findContentKey(customerId, normalised)).map(found -> found
                .orElseThrow(() -> AdminRequestException.notFound("customer " + customerId + " has no key " + kid)));
    }

    @Override
    public Uni<List<ContentKeyInfo>> listContentKeys(long customerId) {
        return forCustomer(customerId, () -> store.listContentKeys(customerId));
    }

    @Override
    public Uni<Void> deleteContentKey(long customerId, String kid) {
        String normalised = ContentKeyCommand.kid(kid);
        return forCustomer(customerId, () -> store.deleteContentKey(customerId, normalised)).map(deleted -> require(
                deleted, AdminRequestException.notFound("customer " + customerId + " has no key " + kid)));
    }

    @Override
    public Uni<SealingKeyInfo> rotateSealingKey(long customerId, String environment) {
        Environment env = AdminInput.environment(environment);
        return forCustomer(customerId, () -> store.rotateSealingKey(customerId, env));
    }

    @Override
    public Uni<List<SealingKeyInfo>> listSealingKeys(long customerId) {
        return forCustomer(customerId, () -> store.listSealingKeys(customerId));
    }

    @Override
    public Uni<Void> deleteSealingKey(long customerId, String keyIdHex) {
        AdminRequestException unknown = AdminRequestException
                .notFound("customer " + customerId + " has no sealing key " + keyIdHex);
        int keyId = KeyIds.parseHex(keyIdHex).orElseThrow(() -> unknown);
        return forCustomer(customerId, () -> store.deleteSealingKey(customerId, keyId)).map(outcome -> switch (outcome) {
            case DELETED -> null;
            case NOT_FOUND -> throw unknown;
            case CURRENT -> throw AdminRequestException.conflict("sealing key " + keyIdHex
                    + " is the current key of its environment: rotate first, then delete it");
        });
    }

    private Uni<CustomerSummary> existing(long customerId) {
        return store.find(customerId).map(found -> found.orElseThrow(() -> noCustomer(customerId)));
    }

    /** Runs {@code work} once the customer is known to exist (404 otherwise). */
    private <T> Uni<T> forCustomer(long customerId, Supplier<Uni<T>> work) {
        return existing(customerId).chain(ignored -> work.get());
    }

    private static Void require(boolean done, AdminRequestException otherwise) {
        if (!done) {
            throw otherwise;
        }
        return null;
    }

    private static AdminRequestException noCustomer(long customerId) {
        return AdminRequestException.notFound("no DRM customer " + customerId);
    }

}
