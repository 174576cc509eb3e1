package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import dev.tvegate.kernel.legacy.LegacyRequestSigner;
import dev.tvegate.kernel.legacy.LegacySignedRequest;
import dev.tvegate.registration.application.port.in.AuthenticateLegacyRequestUseCase;
import dev.tvegate.registration.application.port.in.LegacyRequestCommand;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.NonceStorePort;
import dev.tvegate.registration.domain.error.LegacyAuthenticationException;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.smallrye.mutiny.Uni;

import static dev.tvegate.registration.domain.error.LegacyAuthenticationException.Failure.INVALID_SIGNATURE;
import static dev.tvegate.registration.domain.error.LegacyAuthenticationException.Failure.MALFORMED;
import static dev.tvegate.registration.domain.error.LegacyAuthenticationException.Failure.REPLAYED_NONCE;
import static dev.tvegate.registration.domain.error.LegacyAuthenticationException.Failure.STALE_REQUEST;
import static dev.tvegate.registration.domain.error.LegacyAuthenticationException.Failure.UNKNOWN_KEY;

/**
 * The legacy signed-requestor scheme (spec §1.4). A request is authenticated when: its signed method, requestor and
 * request URI are those of the request received; its {@code public_key} names a registered, non-revoked application
 * acting for that requestor; {@code request_time} (epoch ms) is within the window of the server clock; the HMAC-SHA1
 * verifies with the application's legacy private key; and its nonce was not used before. The nonce is claimed last, so
 * that a forged request cannot burn a legitimate client's nonce, and it is remembered for twice the window: a replay
 * is refused until its request time falls out of the window anyway.
 */
public final class AuthenticateLegacyRequestService implements AuthenticateLegacyRequestUseCase {

    /** Longest accepted nonce (UUIDs are 36). */
    static final int MAX_NONCE_LENGTH = 128;

    private final ApplicationRepositoryPort applications;
    private final NonceStorePort nonces;
    private final Clock clock;
    private final Duration window;

    public AuthenticateLegacyRequestService(ApplicationRepositoryPort applications, NonceStorePort nonces,
            Clock clock, Duration window) {
        this.applications = applications;
        this.nonces = nonces;
        this.clock = clock;
        this.window = window;
    }

    @Override
    public Uni<Caller> authenticate(LegacyRequestCommand command) {
        LegacySignedRequest r = command.request();
        if (!r.method().equalsIgnoreCase(command.httpMethod())) {
            return fail(INVALID_SIGNATURE, "the signed method " + r.method() + " is not the request's " + command.httpMethod());
        }
        if (!r.requestorId().equals(command.requestor())) {
            return fail(INVALID_SIGNATURE, "the signed requestor_id is not the requestor of the path");
        }
        if (!command.acceptedRequestUris().contains(r.requestUri())) {
            return fail(INVALID_SIGNATURE, "the signed request_uri is not this request's path");
        }
        if (r.nonce().length() > MAX_NONCE_LENGTH) {
            return fail(MALFORMED, "the nonce is longer than " + MAX_NONCE_LENGTH + " characters");
        }
        long now = clock.millis();
        if (Math.abs((double) now - r.requestTimeMillis()) > window.toMillis()) {
            return fail(STALE_REQUEST, "request_time is outside the ±" + window.toMinutes()
                    + " min window of the server clock (it must be epoch milliseconds)");
        }
        return applications.findByLegacyPublicKey(r.publicKey())
                .onItem().transformToUni(found -> {
                    if (found.isEmpty() || found.get().revoked()) {
                        return fail(UNKNOWN_KEY, "the public_key is unknown or its application was revoked");
                    }
                    RegisteredApplication app = found.get();
                    if (!app.serviceProviders().contains(r.requestorId())) {
                        return fail(UNKNOWN_KEY, "the application may not act for requestor " + r.requestorId());
                    }
                    LegacyRequestSigner.Verification v = LegacyRequestSigner.verify(r, app.legacyPrivateKey(), now,
                            window);
                    if (v != LegacyRequestSigner.Verification.VALID) {
                        return switch (v) {
                            case UNSUPPORTED_SIGNATURE_METHOD -> fail(MALFORMED,
                                    "only signature_method=HMAC-SHA1 is supported");
                            case REQUEST_TIME_OUT_OF_WINDOW -> fail(STALE_REQUEST, "request_time is outside the window");
                            default -> fail(INVALID_SIGNATURE, "the signature does not verify");
                        };
                    }
                    return nonces.claim(r.nonce(), window.multipliedBy(2))
                            .onItem().transformToUni(fresh -> fresh
                                    ? Uni.createFrom().item(caller(app, r))
                                    : fail(REPLAYED_NONCE, "the nonce was already used"));
                });
    }

    private static Caller caller(RegisteredApplication app, LegacySignedRequest r) {
        Set<String> scopes = new HashSet<>(app.scopes());
        return new Caller("legacy:" + r.publicKey(), app.id(), Set.of(r.requestorId()), scopes);
    }

    private static <T> Uni<T> fail(LegacyAuthenticationException.Failure failure, String reason) {
        return Uni.createFrom().failure(new LegacyAuthenticationException(failure, reason));
    }
}
