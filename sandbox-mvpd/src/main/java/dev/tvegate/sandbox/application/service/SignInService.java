package dev.tvegate.sandbox.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.sandbox.application.ProviderSettings;
import dev.tvegate.sandbox.application.port.in.LoginForm;
import dev.tvegate.sandbox.application.port.in.SignInUseCase;
import dev.tvegate.sandbox.application.port.out.AuthorizationCodeStorePort;
import dev.tvegate.sandbox.application.port.out.ClientRegistryPort;
import dev.tvegate.sandbox.application.port.out.PendingAuthorizationStorePort;
import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;
import dev.tvegate.sandbox.domain.model.AuthorizationCode;
import dev.tvegate.sandbox.domain.model.AuthorizationRequest;
import dev.tvegate.sandbox.domain.model.Client;
import dev.tvegate.sandbox.domain.model.OAuthError;
import dev.tvegate.sandbox.domain.model.PendingAuthorization;
import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.service.LoginThrottle;

/**
 * Completes a pending authorization request: checks the lockout, then the password, then issues a single-use code
 * bound to the request and redirects to the client.
 */
public final class SignInService implements SignInUseCase {

    static final String WRONG_CREDENTIALS = "The username or password is incorrect.";
    static final String MISSING_FIELDS = "Enter your username and password.";

    /** Compared against when the user is unknown, so that unknown and known users take the same time. */
    private static final String DUMMY_PASSWORD = Secrets.randomToken(16);

    private final PendingAuthorizationStorePort pending;
    private final ClientRegistryPort clients;
    private final UserDirectoryPort users;
    private final AuthorizationCodeStorePort codes;
    private final LoginThrottle throttle;
    private final ProviderSettings settings;
    private final Clock clock;

    public SignInService(PendingAuthorizationStorePort pending, ClientRegistryPort clients, UserDirectoryPort users,
            AuthorizationCodeStorePort codes, LoginThrottle throttle, ProviderSettings settings, Clock clock) {
        this.pending = pending;
        this.clients = clients;
        this.users = users;
        this.codes = codes;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SignInResult signIn(SignInCommand command) {
        if (command.requestId() == null || command.requestId().isBlank()) {
            return new Expired();
        }
        Optional<PendingAuthorization> found = pending.find(command.requestId());
        Optional<Client> client = found.flatMap(p -> clients.find(p.request().clientId()));
        if (found.isEmpty() || client.isEmpty()) {
            return new Expired();
        }
        AuthorizationRequest request = found.get().request();
        if (command.cancel()) {
            return pending.take(command.requestId())
                    .<SignInResult> map(p -> new Redirect(Redirects.error(request.redirectUri(),
                            new OAuthError(OAuthError.ACCESS_DENIED, "the user cancelled the sign-in"),
                            request.state(), settings.issuer())))
                    .orElseGet(Expired::new);
        }

        String username = command.username() == null ? "" : command.username().strip();
        String password = command.password() == null ? "" : command.password();
        if (username.isEmpty() || password.isEmpty()) {
            return again(found.get(), client.get(), username, MISSING_FIELDS, Failure.MISSING_FIELDS);
        }
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            return again(found.get(), client.get(), username, lockedMessage(locked.get()), Failure.LOCKED);
        }
        Optional<User> user = users.directory().byUsername(username);
        boolean matches;
        if (user.isPresent()) {
            matches = user.get().passwordMatches(password);
        } else {
            Secrets.constantTimeEquals(DUMMY_PASSWORD, password);
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(username);
            Optional<Instant> nowLocked = throttle.lockedUntil(username);
            return nowLocked.isPresent()
                    ? again(found.get(), client.get(), username, lockedMessage(nowLocked.get()), Failure.LOCKED)
                    : again(found.get(), client.get(), username, WRONG_CREDENTIALS, Failure.WRONG_CREDENTIALS);
        }
        throttle.reset(username);

        if (pending.take(command.requestId()).isEmpty()) {
            return new Expired();
        }
        Instant now = clock.instant();
        AuthorizationCode code = new AuthorizationCode(Secrets.randomToken(32), request, user.get().subject(), now,
                now.plus(settings.codeTtl()));
        codes.save(code);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code.value());
        parameters.put("state", request.state());
        parameters.put("iss", settings.issuer());
        return new Redirect(Redirects.withQuery(request.redirectUri(), parameters));
    }

    private SignInResult again(PendingAuthorization form, Client client, String username, String message,
            Failure failure) {
        return new ShowLoginAgain(new LoginForm(form.id(), client.name(), settings.mvpdName(), username, message),
                failure);
    }

    private String lockedMessage(Instant until) {
        long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
        return "Too many failed sign-in attempts for this account. Try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
    }
}
