package dev.tvegate.sandbox.application.port.out;

import java.time.Instant;
import java.util.Optional;

import dev.tvegate.sandbox.domain.model.AuthorizationCode;

/** Authorization codes until they are redeemed or expire, and a memory of redeemed codes to detect replays. */
public interface AuthorizationCodeStorePort {

    void save(AuthorizationCode code);

    /** @return the code, removed atomically: a code can be taken once */
    Optional<AuthorizationCode> take(String value);

    /** Remembers that {@code value} was redeemed for {@code accessToken}, until {@code until}. */
    void rememberRedeemed(String value, String accessToken, Instant until);

    /** @return the access token issued for an already-redeemed code, if it is still remembered */
    Optional<String> redeemedFor(String value);
}
