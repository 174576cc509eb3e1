package dev.tvegate.sandbox.application.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.sandbox.application.ProviderSettings;
import dev.tvegate.sandbox.application.port.in.AuthenticateClientUseCase;
import dev.tvegate.sandbox.application.port.in.ClientCredentials;
import dev.tvegate.sandbox.application.port.in.ExchangeCodeUseCase;
import dev.tvegate.sandbox.application.port.in.RequestParameters;
import dev.tvegate.sandbox.application.port.out.AccessTokenStorePort;
import dev.tvegate.sandbox.application.port.out.AuthorizationCodeStorePort;
import dev.tvegate.sandbox.application.port.out.TokenSignerPort;
import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;
import dev.tvegate.sandbox.domain.model.AccessToken;
import dev.tvegate.sandbox.domain.model.AuthorizationCode;
import dev.tvegate.sandbox.domain.model.Client;
import dev.tvegate.sandbox.domain.model.OAuthError;
import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.model.UserDirectory;
import dev.tvegate.sandbox.domain.service.Pkce;

/**
 * Redeems an authorization code. Order: client authentication, then grant type, then the code. A code is taken
 * (removed) on its first redemption attempt, whatever the outcome, so a verifier cannot be guessed; presenting it
 * again is a replay, which also revokes the access token issued for it (RFC 6749 §4.1.2).
 */
public final class ExchangeCodeService implements ExchangeCodeUseCase {

    static final String GRANT_TYPE = "authorization_code";

    private static final List<String> SINGLE_VALUED = List.of("grant_type", "code", "redirect_uri", "code_verifier",
            "client_id", "client_secret");

    private final AuthenticateClientUseCase clientAuthentication;
    private final AuthorizationCodeStorePort codes;
    private final AccessTokenStorePort accessTokens;
    private final UserDirectoryPort users;
    private final TokenSignerPort signer;
    private final ProviderSettings settings;
    private final Clock clock;

    public ExchangeCodeService(AuthenticateClientUseCase clientAuthentication, AuthorizationCodeStorePort codes,
            AccessTokenStorePort accessTokens, UserDirectoryPort users, TokenSignerPort signer,
            ProviderSettings settings, Clock clock) {
        this.clientAuthentication = clientAuthentication;
        this.codes = codes;
        this.accessTokens = accessTokens;
        this.users = users;
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public TokenResult exchange(TokenCommand command) {
        RequestParameters form = command.form();
        String repeated = form.firstRepeated(SINGLE_VALUED);
        if (repeated != null) {
            return failed(OAuthError.invalidRequest(repeated + " must not be repeated"));
        }
        Optional<ClientCredentials> basic = command.basic();
        String formClientId = form.get("client_id");
        String formSecret = form.get("client_secret");
        if (basic.isPresent() && formSecret != null) {
            return failed(OAuthError.invalidRequest("use one client authentication method, not two"));
        }
        if (basic.isPresent() && formClientId != null && !formClientId.equals(basic.get().clientId())) {
            return failed(OAuthError.invalidRequest("client_id does not match the authenticated client"));
        }
        ClientCredentials credentials = basic.orElseGet(() -> new ClientCredentials(formClientId, formSecret));
        if (credentials.clientId() == null || credentials.secret() == null) {
            return failed(OAuthError.invalidClient("client authentication is required"));
        }
        Optional<Client> client = clientAuthentication.authenticate(credentials);
        if (client.isEmpty()) {
            return failed(OAuthError.invalidClient("client authentication failed"));
        }

        String grantType = form.get("grant_type");
        if (grantType == null) {
            return failed(OAuthError.invalidRequest("grant_type is required"));
        }
        if (!GRANT_TYPE.equals(grantType)) {
            return failed(new OAuthError(OAuthError.UNSUPPORTED_GRANT_TYPE, "only authorization_code is supported"));
        }
        String codeValue = form.get("code");
        String redirectUri = form.get("redirect_uri");
        String verifier = form.get("code_verifier");
        if (codeValue == null) {
            return failed(OAuthError.invalidRequest("code is required"));
        }
        if (redirectUri == null) {
            return failed(OAuthError.invalidRequest("redirect_uri is required"));
        }
        if (verifier == null) {
            return failed(OAuthError.invalidRequest("code_verifier is required (PKCE)"));
        }

        Optional<AuthorizationCode> taken = codes.take(codeValue);
        if (taken.isEmpty()) {
            Optional<String> issued = codes.redeemedFor(codeValue);
            if (issued.isPresent()) {
                accessTokens.revoke(issued.get());
                return failed(OAuthError.invalidGrant("the authorization code has already been used"));
            }
            return failed(OAuthError.invalidGrant("the authorization code is invalid or expired"));
        }
        AuthorizationCode code = taken.get();
        Instant now = clock.instant();
        if (code.isExpiredAt(now)) {
            return failed(OAuthError.invalidGrant("the authorization code is invalid or expired"));
        }
        if (!code.request().clientId().equals(client.get().id())) {
            return failed(OAuthError.invalidGrant("the authorization code was issued to another client"));
        }
        if (!code.request().redirectUri().equals(redirectUri)) {
            return failed(OAuthError.invalidGrant("redirect_uri does not match the authorization request"));
        }
        if (!Pkce.verifyS256(verifier, code.request().codeChallenge())) {
            return failed(OAuthError.invalidGrant("code_verifier does not match the code_challenge"));
        }
        UserDirectory directory = users.directory();
        Optional<User> user = directory.bySubject(code.subject());
        if (user.isEmpty()) {
            return failed(OAuthError.invalidGrant("the user no longer exists"));
        }

        AccessToken accessToken = new AccessToken(Secrets.randomToken(32), client.get().id(), code.subject(),
                code.request().scopes(), now.plus(settings.accessTokenTtl()));
        accessTokens.save(accessToken);
        codes.rememberRedeemed(codeValue, accessToken.value(), accessToken.expiresAt());

        String idToken = signer.sign(idTokenClaims(code, user.get(), directory, accessToken, now));
        return new Issued(accessToken.value(), "Bearer", settings.accessTokenTtl().toSeconds(), idToken,
                code.request().scope());
    }

    private Map<String, Object> idTokenClaims(AuthorizationCode code, User user, UserDirectory directory,
            AccessToken accessToken, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", settings.issuer());
        claims.put("sub", user.subject());
        claims.put("aud", code.request().clientId());
        claims.put("exp", now.plus(settings.idTokenTtl()).getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("auth_time", code.authTime().getEpochSecond());
        claims.put("nonce", code.request().nonce());
        claims.put("at_hash", atHash(accessToken.value()));
        claims.putAll(UserClaims.of(user, directory));
        return claims;
    }

    /** OpenID Connect Core §3.1.3.6: base64url of the left half of SHA-256 of the access token (RS256). */
    static String atHash(String accessToken) {
        byte[] digest = Secrets.sha256(accessToken.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
    }

    private static TokenResult failed(OAuthError error) {
        return new Failed(error);
    }
}
