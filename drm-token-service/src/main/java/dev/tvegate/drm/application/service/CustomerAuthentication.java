package dev.tvegate.drm.application.service;

import java.util.Optional;

import dev.tvegate.drm.application.port.out.CustomerDirectoryPort;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.service.AuthenticatorCheck;
import io.smallrye.mutiny.Uni;

/** Turns a presented {@code customerAuthenticator} into the customer it belongs to, or -2017 / -2018 / -2031. */
public final class CustomerAuthentication {

    private final CustomerDirectoryPort directory;
    private final Environment environment;

    public CustomerAuthentication(CustomerDirectoryPort directory, Environment environment) {
        this.directory = directory;
        this.environment = environment;
    }

    public Environment environment() {
        return environment;
    }

    /** @return the enabled customer proven by {@code presented} in this deployment's environment */
    public Uni<Customer> authenticate(Optional<String> presented) {
        if (presented.isEmpty() || presented.get().isEmpty()) {
            return Uni.createFrom().failure(new TokenRequestException(TokenErrorCode.AUTHENTICATOR_MISSING));
        }
        var parsed = AuthenticatorCheck.parse(presented.get());
        if (parsed.isEmpty()) {
            return Uni.createFrom().failure(invalid("malformed authenticator"));
        }
        return directory.find(parsed.get().customerId()).map(found -> {
            Customer customer = switch (AuthenticatorCheck.verify(parsed.get(), found, environment)) {
                case AuthenticatorCheck.Valid valid -> valid.customer();
                case AuthenticatorCheck.WrongEnvironment wrong -> throw invalid(
                        "authenticator is not valid in the " + environment.id() + " environment");
                case AuthenticatorCheck.Invalid invalid -> throw invalid("unknown authenticator");
            };
            if (!customer.enabled()) {
                throw new TokenRequestException(TokenErrorCode.ACCOUNT_DISABLED);
            }
            return customer;
        });
    }

    private static TokenRequestException invalid(String details) {
        return new TokenRequestException(TokenErrorCode.AUTHENTICATOR_INVALID, details);
    }
}
