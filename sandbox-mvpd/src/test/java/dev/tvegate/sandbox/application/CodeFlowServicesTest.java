package dev.tvegate.sandbox.application;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.tvegate.sandbox.adapter.out.memory.InMemoryAccessTokenStoreAdapter;
import dev.tvegate.sandbox.adapter.out.memory.InMemoryAuthorizationCodeStoreAdapter;
import dev.tvegate.sandbox.adapter.out.memory.InMemoryClientRegistryAdapter;
import dev.tvegate.sandbox.adapter.out.memory.InMemoryPendingAuthorizationStoreAdapter;
import dev.tvegate.sandbox.application.port.in.ClientCredentials;
import dev.tvegate.sandbox.application.port.in.EndSessionUseCase;
import dev.tvegate.sandbox.application.port.in.ExchangeCodeUseCase;
import dev.tvegate.sandbox.application.port.in.ExchangeCodeUseCase.TokenCommand;
import dev.tvegate.sandbox.application.port.in.RequestParameters;
import dev.tvegate.sandbox.application.port.in.SignInUseCase;
import dev.tvegate.sandbox.application.port.in.SignInUseCase.SignInCommand;
import dev.tvegate.sandbox.application.port.in.StartAuthorizationUseCase;
import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;
import dev.tvegate.sandbox.application.service.AuthenticateClientService;
import dev.tvegate.sandbox.application.service.EndSessionService;
import dev.tvegate.sandbox.application.service.ExchangeCodeService;
import dev.tvegate.sandbox.application.service.SignInService;
import dev.tvegate.sandbox.application.service.StartAuthorizationService;
import dev.tvegate.sandbox.application.service.UserInfoService;
import dev.tvegate.sandbox.domain.model.Client;
import dev.tvegate.sandbox.domain.model.OAuthError;
import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.model.UserDirectory;
import dev.tvegate.sandbox.domain.service.LoginThrottle;
import dev.tvegate.sandbox.domain.service.Pkce;
import dev.tvegate.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The code flow's use cases wired to the in-memory stores, a fake signer and a hand-moved clock. */
class CodeFlowServicesTest {

    static final String ISSUER = "https://sandbox.test";
    static final String REDIRECT = "https://app.test/callback";
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String CHALLENGE = Pkce.s256(VERIFIER);

    final MutableClock clock = MutableClock.atEpochSecond(1_700_000_000L);
    final ProviderSettings settings = new ProviderSettings(ISSUER + "/", "Sandbox TV", Duration.ofSeconds(60),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofMinutes(10), Duration.ofHours(1));
    final InMemoryClientRegistryAdapter clients = new InMemoryClientRegistryAdapter(List.of(
            new Client("app", "The App", "app-secret", List.of(REDIRECT, REDIRECT + "2"),
                    List.of("https://app.test/bye")),
            new Client("other", null, "other-secret", List.of("https://other.test/cb"), List.of())));
    final UserDirectory directory = new UserDirectory(List.of(
            new User("alice", "alice123", "u-alice", Map.of("householdID", "hh-1", "maxRating", "TV-MA",
                    "sub", "must-not-override"), List.of("basic", "sports"))),
            Map.of("basic", List.of("REF30", "CNN"), "sports", List.of("ESPN")));
    final UserDirectoryPort users = () -> directory;
    final InMemoryPendingAuthorizationStoreAdapter pending = new InMemoryPendingAuthorizationStoreAdapter(clock, 100);
    final InMemoryAuthorizationCodeStoreAdapter codes = new InMemoryAuthorizationCodeStoreAdapter(clock, 100);
    final InMemoryAccessTokenStoreAdapter accessTokens = new InMemoryAccessTokenStoreAdapter(clock, 100);
    final FakeTokenSigner signer = new FakeTokenSigner();
    final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    final StartAuthorizationService start = new StartAuthorizationService(clients, pending, settings, clock);
    final SignInService signIn = new SignInService(pending, clients, users, codes, throttle, settings, clock);
    final ExchangeCodeService exchange = new ExchangeCodeService(new AuthenticateClientService(clients), codes,
            accessTokens, users, signer, settings, clock);
    final UserInfoService userInfo = new UserInfoService(accessTokens, users);
    final EndSessionService endSession = new EndSessionService(clients, accessTokens, signer);

    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    static Map<String, List<String>> authorizeParams(String... overrides) {
        Map<String, List<String>> map = params("client_id", "app", "redirect_uri", REDIRECT, "response_type", "code",
                "scope", "openid profile unknown", "state", "st-1", "nonce", "n-1", "code_challenge", CHALLENGE,
                "code_challenge_method", "S256");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                map.remove(overrides[i]);
            } else {
                map.put(overrides[i], List.of(overrides[i + 1]));
            }
        }
        return map;
    }

    static Map<String, String> query(String location) {
        Map<String, String> query = new HashMap<>();
        String raw = URI.create(location).getRawQuery();
        Arrays.stream(raw.split("&")).map(p -> p.split("=", 2)).forEach(
                p -> query.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return query;
    }

    String openForm(Map<String, List<String>> parameters) {
        var result = start.start(RequestParameters.of(parameters));
        assertThat(result).isInstanceOf(StartAuthorizationUseCase.ShowLogin.class);
        return ((StartAuthorizationUseCase.ShowLogin) result).form().requestId();
    }

    String loginForCode() {
        String requestId = openForm(authorizeParams());
        var result = signIn.signIn(new SignInCommand(requestId, "alice", "alice123", false));
        assertThat(result).isInstanceOf(SignInUseCase.Redirect.class);
        return query(((SignInUseCase.Redirect) result).location()).get("code");
    }

    ExchangeCodeUseCase.TokenResult redeem(String code, String verifier, String redirect) {
        return exchange.exchange(new TokenCommand(RequestParameters.of(params("grant_type", "authorization_code",
                "code", code, "redirect_uri", redirect, "code_verifier", verifier)),
                Optional.of(new ClientCredentials("app", "app-secret"))));
    }

    static String errorOf(ExchangeCodeUseCase.TokenResult result) {
        assertThat(result).isInstanceOf(ExchangeCodeUseCase.Failed.class);
        return ((ExchangeCodeUseCase.Failed) result).error().error();
    }

    @Nested
    class Authorize {

        @Test
        void aValidRequestOpensAFormNamingTheClient() {
            var result = start.start(RequestParameters.of(authorizeParams("login_hint", "alice")));
            var form = ((StartAuthorizationUseCase.ShowLogin) result).form();
            assertThat(form.clientName()).isEqualTo("The App");
            assertThat(form.mvpdName()).isEqualTo("Sandbox TV");
            assertThat(form.username()).isEqualTo("alice");
            assertThat(form.requestId()).hasSizeGreaterThanOrEqualTo(43);
        }

        @Test
        void anUnknownClientOrUnregisteredRedirectIsRejectedWithoutRedirect() {
            assertThat(start.start(RequestParameters.of(authorizeParams("client_id", "nobody"))))
                    .isInstanceOf(StartAuthorizationUseCase.Reject.class);
            assertThat(start.start(RequestParameters.of(authorizeParams("redirect_uri", "https://evil.test/cb"))))
                    .isInstanceOf(StartAuthorizationUseCase.Reject.class);
            assertThat(start.start(RequestParameters.of(authorizeParams("redirect_uri", REDIRECT + "/x"))))
                    .isInstanceOf(StartAuthorizationUseCase.Reject.class);
            assertThat(start.start(RequestParameters.of(authorizeParams("redirect_uri", null))))
                    .isInstanceOf(StartAuthorizationUseCase.Reject.class);
            assertThat(start.start(RequestParameters.of(authorizeParams("redirect_uri", "https://other.test/cb"))))
                    .isInstanceOf(StartAuthorizationUseCase.Reject.class);
        }

        Map<String, String> errorRedirect(String... overrides) {
            var result = start.start(RequestParameters.of(authorizeParams(overrides)));
            assertThat(result).isInstanceOf(StartAuthorizationUseCase.RedirectWithError.class);
            String location = ((StartAuthorizationUseCase.RedirectWithError) result).location();
            assertThat(location).startsWith(REDIRECT + "?");
            return query(location);
        }

        @Test
        void laterErrorsGoBackToTheClientWithStateAndIssuer() {
            Map<String, String> error = errorRedirect("code_challenge_method", "plain");
            assertThat(error).containsEntry("error", "invalid_request").containsEntry("state", "st-1")
                    .containsEntry("iss", ISSUER);
            assertThat(error.get("error_description")).contains("plain");
        }

        @Test
        void pkceS256IsRequired() {
            assertThat(errorRedirect("code_challenge", null)).containsEntry("error", "invalid_request");
            assertThat(errorRedirect("code_challenge_method", null)).containsEntry("error", "invalid_request");
            assertThat(errorRedirect("code_challenge", "short")).containsEntry("error", "invalid_request");
        }

        @Test
        void theOtherParametersAreChecked() {
            assertThat(errorRedirect("response_type", "token")).containsEntry("error", "unsupported_response_type");
            assertThat(errorRedirect("scope", "profile")).containsEntry("error", "invalid_scope");
            assertThat(errorRedirect("nonce", null)).containsEntry("error", "invalid_request");
            assertThat(errorRedirect("state", null)).containsEntry("error", "invalid_request")
                    .doesNotContainKey("state");
            assertThat(errorRedirect("prompt", "none")).containsEntry("error", "login_required");
            assertThat(errorRedirect("request", "eyJ...")).containsEntry("error", "request_not_supported");
            assertThat(errorRedirect("response_mode", "form_post")).containsEntry("error", "invalid_request");
        }

        @Test
        void aRepeatedParameterIsInvalid() {
            Map<String, List<String>> p = authorizeParams();
            p.put("state", List.of("a", "b"));
            var result = start.start(RequestParameters.of(p));
            Map<String, String> error = query(((StartAuthorizationUseCase.RedirectWithError) result).location());
            assertThat(error).containsEntry("error", "invalid_request").doesNotContainKey("state");
            p = authorizeParams();
            p.put("redirect_uri", List.of(REDIRECT, REDIRECT + "2"));
            assertThat(start.start(RequestParameters.of(p))).isInstanceOf(StartAuthorizationUseCase.Reject.class);
        }
    }

    @Nested
    class SignIn {

        @Test
        void successRedirectsWithCodeStateAndIssuer() {
            String requestId = openForm(authorizeParams());
            var result = (SignInUseCase.Redirect) signIn.signIn(new SignInCommand(requestId, "Alice", "alice123",
                    false));
            Map<String, String> query = query(result.location());
            assertThat(query.get("code")).hasSizeGreaterThanOrEqualTo(43);
            assertThat(query).containsEntry("state", "st-1").containsEntry("iss", ISSUER);
            assertThat(signIn.signIn(new SignInCommand(requestId, "alice", "alice123", false)))
                    .as("a form completes once").isInstanceOf(SignInUseCase.Expired.class);
        }

        @Test
        void wrongPasswordAndUnknownUserLookAlike() {
            String requestId = openForm(authorizeParams());
            var wrong = (SignInUseCase.ShowLoginAgain) signIn.signIn(new SignInCommand(requestId, "alice", "nope",
                    false));
            var unknown = (SignInUseCase.ShowLoginAgain) signIn.signIn(new SignInCommand(requestId, "zed", "nope",
                    false));
            assertThat(wrong.failure()).isEqualTo(SignInUseCase.Failure.WRONG_CREDENTIALS);
            assertThat(unknown.failure()).isEqualTo(SignInUseCase.Failure.WRONG_CREDENTIALS);
            assertThat(wrong.form().message()).isEqualTo(unknown.form().message());
            assertThat(wrong.form().username()).isEqualTo("alice");
            assertThat(signIn.signIn(new SignInCommand(requestId, "alice", "", false)))
                    .extracting(r -> ((SignInUseCase.ShowLoginAgain) r).failure())
                    .isEqualTo(SignInUseCase.Failure.MISSING_FIELDS);
        }

        @Test
        void fiveFailuresLockTheUserForFifteenMinutes() {
            String requestId = openForm(authorizeParams());
            for (int i = 1; i <= 4; i++) {
                assertThat(((SignInUseCase.ShowLoginAgain) signIn.signIn(
                        new SignInCommand(requestId, "alice", "bad" + i, false))).failure())
                        .isEqualTo(SignInUseCase.Failure.WRONG_CREDENTIALS);
            }
            var fifth = (SignInUseCase.ShowLoginAgain) signIn.signIn(new SignInCommand(requestId, "alice", "bad5",
                    false));
            assertThat(fifth.failure()).isEqualTo(SignInUseCase.Failure.LOCKED);
            assertThat(fifth.form().message()).contains("15 minutes");
            var right = (SignInUseCase.ShowLoginAgain) signIn.signIn(new SignInCommand(requestId, "alice",
                    "alice123", false));
            assertThat(right.failure()).isEqualTo(SignInUseCase.Failure.LOCKED);

            clock.advance(Duration.ofMinutes(15));
            String fresh = openForm(authorizeParams());
            assertThat(signIn.signIn(new SignInCommand(fresh, "alice", "alice123", false)))
                    .isInstanceOf(SignInUseCase.Redirect.class);
        }

        @Test
        void cancelAnswersAccessDenied() {
            String requestId = openForm(authorizeParams());
            var result = (SignInUseCase.Redirect) signIn.signIn(new SignInCommand(requestId, null, null, true));
            assertThat(query(result.location())).containsEntry("error", OAuthError.ACCESS_DENIED)
                    .containsEntry("state", "st-1");
        }

        @Test
        void formsExpire() {
            String requestId = openForm(authorizeParams());
            clock.advance(Duration.ofMinutes(10));
            assertThat(signIn.signIn(new SignInCommand(requestId, "alice", "alice123", false)))
                    .isInstanceOf(SignInUseCase.Expired.class);
            assertThat(signIn.signIn(new SignInCommand("made-up", "alice", "alice123", false)))
                    .isInstanceOf(SignInUseCase.Expired.class);
        }
    }

    @Nested
    class Token {

        @Test
        void aCodeIsExchangedForBoundTokens() {
            String code = loginForCode();
            var issued = (ExchangeCodeUseCase.Issued) redeem(code, VERIFIER, REDIRECT);
            assertThat(issued.tokenType()).isEqualTo("Bearer");
            assertThat(issued.expiresIn()).isEqualTo(3600);
            assertThat(issued.scope()).isEqualTo("openid profile");
            Map<String, Object> claims = signer.lastClaims();
            assertThat(claims).containsEntry("iss", ISSUER).containsEntry("sub", "u-alice")
                    .containsEntry("aud", "app").containsEntry("nonce", "n-1")
                    .containsEntry("iat", clock.instant().getEpochSecond())
                    .containsEntry("exp", clock.instant().getEpochSecond() + 3600)
                    .containsEntry("auth_time", clock.instant().getEpochSecond())
                    .containsEntry("householdID", "hh-1").containsEntry("maxRating", "TV-MA")
                    .containsEntry("entitlements", List.of("REF30", "CNN", "ESPN"))
                    .containsKey("at_hash");
            assertThat(userInfo.userInfo(issued.accessToken())).get()
                    .satisfies(c -> assertThat(c).containsEntry("sub", "u-alice").containsEntry("householdID", "hh-1")
                            .containsEntry("entitlements", List.of("REF30", "CNN", "ESPN")));
        }

        @Test
        void aCodeLivesSixtySeconds() {
            String code = loginForCode();
            clock.advance(Duration.ofSeconds(60));
            assertThat(errorOf(redeem(code, VERIFIER, REDIRECT))).isEqualTo(OAuthError.INVALID_GRANT);
            String fresh = loginForCode();
            clock.advance(Duration.ofSeconds(59));
            assertThat(redeem(fresh, VERIFIER, REDIRECT)).isInstanceOf(ExchangeCodeUseCase.Issued.class);
        }

        @Test
        void aReplayedCodeIsRefusedAndRevokesItsAccessToken() {
            String code = loginForCode();
            var issued = (ExchangeCodeUseCase.Issued) redeem(code, VERIFIER, REDIRECT);
            assertThat(userInfo.userInfo(issued.accessToken())).isPresent();
            var replay = (ExchangeCodeUseCase.Failed) redeem(code, VERIFIER, REDIRECT);
            assertThat(replay.error().error()).isEqualTo(OAuthError.INVALID_GRANT);
            assertThat(replay.error().description()).contains("already been used");
            assertThat(userInfo.userInfo(issued.accessToken())).isEmpty();
        }

        @Test
        void theCodeIsBoundToVerifierRedirectAndClient() {
            assertThat(errorOf(redeem(loginForCode(), VERIFIER.replace('d', 'e'), REDIRECT)))
                    .isEqualTo(OAuthError.INVALID_GRANT);
            assertThat(errorOf(redeem(loginForCode(), VERIFIER, REDIRECT + "2"))).isEqualTo(OAuthError.INVALID_GRANT);
            var otherClient = exchange.exchange(new TokenCommand(RequestParameters.of(params("grant_type",
                    "authorization_code", "code", loginForCode(), "redirect_uri", REDIRECT, "code_verifier", VERIFIER,
                    "client_id", "other", "client_secret", "other-secret")), Optional.empty()));
            assertThat(errorOf(otherClient)).isEqualTo(OAuthError.INVALID_GRANT);
        }

        @Test
        void aWrongVerifierBurnsTheCode() {
            String code = loginForCode();
            assertThat(errorOf(redeem(code, VERIFIER.replace('d', 'e'), REDIRECT))).isEqualTo(OAuthError.INVALID_GRANT);
            assertThat(errorOf(redeem(code, VERIFIER, REDIRECT))).isEqualTo(OAuthError.INVALID_GRANT);
        }

        @Test
        void clientAuthenticationAndRequestErrors() {
            String code = loginForCode();
            var noAuth = exchange.exchange(new TokenCommand(RequestParameters.of(params("grant_type",
                    "authorization_code", "code", code)), Optional.empty()));
            assertThat(errorOf(noAuth)).isEqualTo(OAuthError.INVALID_CLIENT);
            var wrongSecret = exchange.exchange(new TokenCommand(RequestParameters.of(params("grant_type",
                    "authorization_code", "code", code)), Optional.of(new ClientCredentials("app", "guess"))));
            assertThat(errorOf(wrongSecret)).isEqualTo(OAuthError.INVALID_CLIENT);
            var twoMethods = exchange.exchange(new TokenCommand(RequestParameters.of(params("grant_type",
                    "authorization_code", "client_secret", "app-secret")),
                    Optional.of(new ClientCredentials("app", "app-secret"))));
            assertThat(errorOf(twoMethods)).isEqualTo(OAuthError.INVALID_REQUEST);
            var password = exchange.exchange(new TokenCommand(RequestParameters.of(params("grant_type", "password")),
                    Optional.of(new ClientCredentials("app", "app-secret"))));
            assertThat(errorOf(password)).isEqualTo(OAuthError.UNSUPPORTED_GRANT_TYPE);
            assertThat(errorOf(redeem(code, null, REDIRECT))).isEqualTo(OAuthError.INVALID_REQUEST);
            assertThat(redeem(code, VERIFIER, REDIRECT)).as("errors before the code leave it usable")
                    .isInstanceOf(ExchangeCodeUseCase.Issued.class);
        }
    }

    @Nested
    class Logout {

        @Test
        void aValidHintRevokesTheUsersTokensAndARegisteredRedirectIsFollowed() {
            var issued = (ExchangeCodeUseCase.Issued) redeem(loginForCode(), VERIFIER, REDIRECT);
            var result = endSession.endSession(RequestParameters.of(params("id_token_hint", issued.idToken(),
                    "post_logout_redirect_uri", "https://app.test/bye", "state", "s 2")));
            assertThat(result).isEqualTo(new EndSessionUseCase.RedirectTo("https://app.test/bye?state=s+2"));
            assertThat(userInfo.userInfo(issued.accessToken())).isEmpty();
        }

        @Test
        void unregisteredOrUnattributableRedirectsAreRefused() {
            assertThat(endSession.endSession(RequestParameters.of(params("client_id", "app",
                    "post_logout_redirect_uri", "https://evil.test/")))).isInstanceOf(EndSessionUseCase.Rejected.class);
            assertThat(endSession.endSession(RequestParameters.of(params("post_logout_redirect_uri",
                    "https://app.test/bye")))).isInstanceOf(EndSessionUseCase.Rejected.class);
            assertThat(endSession.endSession(RequestParameters.of(params("id_token_hint", "forged"))))
                    .isInstanceOf(EndSessionUseCase.Rejected.class);
            var issued = (ExchangeCodeUseCase.Issued) redeem(loginForCode(), VERIFIER, REDIRECT);
            assertThat(endSession.endSession(RequestParameters.of(params("id_token_hint", issued.idToken(),
                    "client_id", "other")))).isInstanceOf(EndSessionUseCase.Rejected.class);
        }

        @Test
        void withoutRedirectTheSignedOutPageIsShown() {
            assertThat(endSession.endSession(RequestParameters.of(params("client_id", "app"))))
                    .isEqualTo(new EndSessionUseCase.SignedOut("The App"));
            assertThat(endSession.endSession(RequestParameters.of(Map.of())))
                    .isEqualTo(new EndSessionUseCase.SignedOut(null));
        }
    }
}
