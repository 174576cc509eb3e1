package dev.tvegate.authn.application.port.out;

import java.time.Duration;
import java.util.Optional;

import dev.tvegate.authn.domain.model.LoginState;
import io.smallrye.mutiny.Uni;

/** The OIDC {@code state} of MVPD logins in flight: single use, short-lived (10 minutes). */
public interface LoginStatePort {

    Uni<Void> save(String state, LoginState login, Duration ttl);

    /** @return the login of {@code state} and forgets it (a replayed callback finds nothing) */
    Uni<Optional<LoginState>> take(String state);
}
