package dev.tvegate.support.registration;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import io.smallrye.mutiny.Uni;

/** How the services call registration-service with their service token. */
public final class RegistrationCalls {

    private RegistrationCalls() {
    }

    /**
     * Calls registration with the service token; if registration refused the token ({@code refused}: it was revoked,
     * or its signing key rotated), forgets it and calls once more with a new one.
     *
     * @param token the service token (e.g. {@link ServiceTokenCache#token})
     * @param invalidate forgets the service token (e.g. {@link ServiceTokenCache#invalidate})
     * @param refused whether a failure means the token was refused
     * @param call the call, given the {@code Authorization} header value ({@code Bearer <token>})
     */
    public static <T> Uni<T> withServiceToken(Supplier<Uni<String>> token, Runnable invalidate,
            Predicate<Throwable> refused, Function<String, Uni<T>> call) {
        Supplier<Uni<T>> attempt = () -> token.get().chain(t -> call.apply("Bearer " + t));
        return attempt.get()
                .onFailure(refused).recoverWithUni(() -> {
                    invalidate.run();
                    return attempt.get();
                });
    }

    /** @return the HTTP status of a REST client failure, or -1 if it carries none */
    public static int status(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            return w.getResponse().getStatus();
        }
        return -1;
    }
}
