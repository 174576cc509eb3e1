package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.error.V1StatusError;
import dev.tvegate.registration.application.port.in.CreateRegCodeCommand;
import dev.tvegate.registration.application.port.in.ManageRegCodesUseCase;
import dev.tvegate.registration.application.port.out.RegCodeStorePort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.domain.error.V1StatusException;
import dev.tvegate.registration.domain.model.RegCode;
import dev.tvegate.registration.domain.model.RegCodeInfo;
import io.smallrye.mutiny.Uni;

/**
 * v1 registration codes, kept in the store with the TTL set by the store (no sweeper). A code is drawn from a CSPRNG
 * ({@link CodeGenerator}) and stored only if free; a collision (rare: see the generator's entropy) draws another, up
 * to {@value #MAX_ATTEMPTS} times. A code is visible only through the requestor that created it: another requestor
 * gets 404, as for an unknown or expired code.
 */
public final class RegCodeService implements ManageRegCodesUseCase {

    static final int MAX_ATTEMPTS = 5;
    /** Longer input cannot be a code: answered 404 without a store look-up. */
    static final int MAX_CODE_LENGTH = 64;

    private final RegCodeStorePort store;
    private final ServiceProviderRepositoryPort serviceProviders;
    private final Supplier<String> codes;
    private final Clock clock;

    public RegCodeService(RegCodeStorePort store, ServiceProviderRepositoryPort serviceProviders,
            Supplier<String> codes, Clock clock) {
        this.store = store;
        this.serviceProviders = serviceProviders;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public Uni<RegCode> create(CreateRegCodeCommand c) {
        return requireRequestor(c.requestor()).onItem().transformToUni(ignored -> {
            long generated = clock.millis();
            Duration ttl = Duration.ofSeconds(c.ttlSeconds());
            RegCodeInfo info = new RegCodeInfo(c.deviceId(), c.deviceType(), c.deviceUser(), c.appId(),
                    c.appVersion(), c.registrationUrl(), c.deviceInfo(), c.userAgent(), c.authorizationType());
            return store(c, generated, ttl, info, 1);
        });
    }

    private Uni<RegCode> store(CreateRegCodeCommand c, long generated, Duration ttl, RegCodeInfo info, int attempt) {
        RegCode regCode = new RegCode(Secrets.newUuid(), codes.get(), c.requestor(), c.mvpd(), generated,
                generated + ttl.toMillis(), info);
        return store.putIfAbsent(regCode, ttl).onItem().transformToUni(stored -> {
            if (stored) {
                return Uni.createFrom().item(regCode);
            }
            if (attempt >= MAX_ATTEMPTS) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "No free registration code after " + MAX_ATTEMPTS + " attempts"));
            }
            return store(c, generated, ttl, info, attempt + 1);
        });
    }

    @Override
    public Uni<RegCode> get(String requestor, String code) {
        return requireRequestor(requestor).onItem().transformToUni(ignored -> find(requestor, code))
                .map(found -> found.orElseThrow(RegCodeService::notFound));
    }

    @Override
    public Uni<Void> delete(String requestor, String code) {
        return requireRequestor(requestor).onItem().transformToUni(ignored -> find(requestor, code))
                .onItem().transformToUni(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().failure(notFound());
                    }
                    return store.delete(found.get().code()).replaceWithVoid();
                });
    }

    private Uni<Optional<RegCode>> find(String requestor, String typed) {
        String code = CodeGenerator.normalize(typed);
        if (code == null || code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
            return Uni.createFrom().item(Optional.empty());
        }
        return store.find(code).map(found -> found.filter(r -> r.requestor().equals(requestor)));
    }

    private Uni<Void> requireRequestor(String requestor) {
        return serviceProviders.findById(requestor).map(sp -> {
            if (sp.isEmpty()) {
                throw new EnhancedErrorException(ErrorCode.INVALID_REQUESTOR);
            }
            return null;
        });
    }

    private static V1StatusException notFound() {
        return new V1StatusException(V1StatusError.notFound());
    }
}
