package dev.tvegate.sandbox.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.sandbox.application.ProviderSettings;
import dev.tvegate.sandbox.application.port.in.LoginForm;
import dev.tvegate.sandbox.application.port.in.RequestParameters;
import dev.tvegate.sandbox.application.port.in.StartAuthorizationUseCase;
import dev.tvegate.sandbox.application.port.out.ClientRegistryPort;
import dev.tvegate.sandbox.application.port.out.PendingAuthorizationStorePort;
import dev.tvegate.sandbox.domain.model.AuthorizationRequest;
import dev.tvegate.sandbox.domain.model.Client;
import dev.tvegate.sandbox.domain.model.OAuthError;
import dev.tvegate.sandbox.domain.model.PendingAuthorization;
import dev.tvegate.sandbox.domain.service.Pkce;

/**
 * Validates an authorization request in the order OpenID Connect asks: first the client and its redirect URI (a
 * failure there is shown to the user and never redirected, RFC 6749 §4.1.2.1), then everything else (a failure
 * goes back to the client's redirect URI with {@code error}, {@code error_description} and {@code state}).
 */
public final class StartAuthorizationService implements StartAuthorizationUseCase {

    /** Upper bound for any parameter value: generous for state/nonce, small enough to keep forms and URLs sane. */
    static final int MAX_VALUE_LENGTH = 2048;

    private static final List<String> SINGLE_VALUED = List.of("client_id", "redirect_uri", "response_type", "scope",
            "state", "nonce", "code_challenge", "code_challenge_method", "prompt", "login_hint", "response_mode",
            "max_age", "request", "request_uri");

    private final ClientRegistryPort clients;
    private final PendingAuthorizationStorePort pending;
    private final ProviderSettings settings;
    private final Clock clock;

    public StartAuthorizationService(ClientRegistryPort clients, PendingAuthorizationStorePort pending,
            ProviderSettings settings, Clock clock) {
        this.clients = clients;
        this.pending = pending;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AuthorizeResult start(RequestParameters p) {
        if (p.isRepeated("client_id") || p.isRepeated("redirect_uri")) {
            return new Reject("The sign-in request repeats client_id or redirect_uri.");
        }
        String clientId = p.get("client_id");
        if (clientId == null) {
            return new Reject("The sign-in request has no client_id.");
        }
        Optional<Client> client = clients.find(clientId);
        if (client.isEmpty()) {
            return new Reject("The app asking you to sign in (client_id \"" + abbreviate(clientId)
                    + "\") is not registered with " + settings.mvpdName() + ".");
        }
        String redirectUri = p.get("redirect_uri");
        if (redirectUri == null) {
            return new Reject("The sign-in request has no redirect_uri.");
        }
        if (!client.get().allowsRedirectTo(redirectUri)) {
            return new Reject("The redirect_uri of this sign-in request is not registered for "
                    + client.get().name() + ".");
        }

        String state = p.isRepeated("state") ? null : p.get("state");
        Optional<OAuthError> error = firstError(p);
        if (error.isPresent()) {
            return new RedirectWithError(Redirects.error(redirectUri, error.get(), state, settings.issuer()));
        }

        AuthorizationRequest request = new AuthorizationRequest(clientId, redirectUri, grantedScopes(p.get("scope")),
                state, p.get("nonce"), p.get("code_challenge"), p.get("login_hint"));
        PendingAuthorization form = new PendingAuthorization(Secrets.randomToken(32), request,
                clock.instant().plus(settings.loginRequestTtl()));
        pending.save(form);
        String username = request.loginHint() == null ? "" : request.loginHint();
        return new ShowLogin(new LoginForm(form.id(), client.get().name(), settings.mvpdName(), username, null));
    }

    private Optional<OAuthError> firstError(RequestParameters p) {
        String repeated = p.firstRepeated(SINGLE_VALUED);
        if (repeated != null) {
            return invalid(repeated + " must not be repeated");
        }
        for (String name : SINGLE_VALUED) {
            String value = p.get(name);
            if (value != null && value.length() > MAX_VALUE_LENGTH) {
                return invalid(name + " is too long");
            }
        }
        if (p.get("request") != null) {
            return Optional.of(new OAuthError(OAuthError.REQUEST_NOT_SUPPORTED, "request objects are not supported"));
        }
        if (p.get("request_uri") != null) {
            return Optional.of(new OAuthError(OAuthError.REQUEST_URI_NOT_SUPPORTED, "request_uri is not supported"));
        }
        String responseType = p.get("response_type");
        if (responseType == null) {
            return invalid("response_type is required");
        }
        if (!"code".equals(responseType)) {
            return Optional.of(new OAuthError(OAuthError.UNSUPPORTED_RESPONSE_TYPE,
                    "only response_type=code is supported"));
        }
        String responseMode = p.get("response_mode");
        if (responseMode != null && !"query".equals(responseMode)) {
            return invalid("only response_mode=query is supported");
        }
        String scope = p.get("scope");
        if (scope == null || !Arrays.asList(scope.split(" ")).contains("openid")) {
            return Optional.of(new OAuthError(OAuthError.INVALID_SCOPE, "scope must include openid"));
        }
        if (p.get("state") == null) {
            return invalid("state is required");
        }
        if (p.get("nonce") == null) {
            return invalid("nonce is required");
        }
        String challenge = p.get("code_challenge");
        if (challenge == null) {
            return invalid("code_challenge is required (PKCE with S256)");
        }
        String method = p.get("code_challenge_method");
        if (method == null) {
            return invalid("code_challenge_method is required and must be S256");
        }
        if ("plain".equals(method)) {
            return invalid("code_challenge_method plain is not allowed; use S256");
        }
        if (!Pkce.S256.equals(method)) {
            return invalid("code_challenge_method must be S256");
        }
        if (!Pkce.isWellFormedS256Challenge(challenge)) {
            return invalid("code_challenge is not a base64url SHA-256 value");
        }
        String prompt = p.get("prompt");
        if (prompt != null) {
            List<String> prompts = Arrays.asList(prompt.split(" "));
            if (prompts.contains("none")) {
                return prompts.size() == 1
                        ? Optional.of(new OAuthError(OAuthError.LOGIN_REQUIRED,
                                "the sandbox keeps no sign-in session; the user must log in"))
                        : invalid("prompt=none cannot be combined with other values");
            }
        }
        return Optional.empty();
    }

    private static List<String> grantedScopes(String scope) {
        List<String> granted = new ArrayList<>();
        for (String value : scope.split(" ")) {
            if (ProviderSettings.SUPPORTED_SCOPES.contains(value) && !granted.contains(value)) {
                granted.add(value);
            }
        }
        return granted;
    }

    private static Optional<OAuthError> invalid(String description) {
        return Optional.of(OAuthError.invalidRequest(description));
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
