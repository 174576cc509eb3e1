package dev.tvegate.support.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BearerAuthenticatorTest {

    @Test
    void bearerTokenTakesTheTokenOfABearerHeaderWhateverTheSchemeCase() {
        assertThat(BearerAuthenticator.bearerToken("Bearer abc")).contains("abc");
        assertThat(BearerAuthenticator.bearerToken("bearer  abc ")).contains("abc");
        assertThat(BearerAuthenticator.bearerToken("BEARER abc")).contains("abc");
        assertThat(BearerAuthenticator.bearerToken(null)).isEmpty();
        assertThat(BearerAuthenticator.bearerToken("Bearer ")).isEmpty();
        assertThat(BearerAuthenticator.bearerToken("Bearer    ")).isEmpty();
        assertThat(BearerAuthenticator.bearerToken("Basic abc")).isEmpty();
        assertThat(BearerAuthenticator.bearerToken("POST requestor_id=REF30, nonce=n")).isEmpty();
    }

    @Test
    void onlyAnAtJwtHeaderMakesAnAccessToken() {
        assertThat(BearerAuthenticator.hasAccessTokenType(jwt("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}"))).isTrue();
        assertThat(BearerAuthenticator.hasAccessTokenType(jwt("{\"alg\":\"RS256\",\"typ\":\"AT+JWT\"}"))).isTrue();
        // a software statement is signed by the same keys but is no access token
        assertThat(BearerAuthenticator.hasAccessTokenType(jwt("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"))).isFalse();
        assertThat(BearerAuthenticator.hasAccessTokenType(jwt("{\"alg\":\"RS256\"}"))).isFalse();
        assertThat(BearerAuthenticator.hasAccessTokenType("not-a-jwt")).isFalse();
        assertThat(BearerAuthenticator.hasAccessTokenType("!!!.payload.sig")).isFalse();
    }

    @Test
    void aClientMayActForItsServiceProvidersOrAllWithTheWildcard() {
        AuthenticatedClient app = new AuthenticatedClient("c1", "app1", Set.of("REF30"), Set.of(Scopes.API_CLIENT_V2));
        assertThat(app.mayActFor("REF30")).isTrue();
        assertThat(app.mayActFor("OTHER")).isFalse();
        assertThat(app.hasScope(Scopes.API_CLIENT_V2)).isTrue();
        assertThat(app.hasScope(Scopes.ADMIN)).isFalse();
        AuthenticatedClient service = new AuthenticatedClient("svc", null, Set.of("*"), Set.of(Scopes.INTERNAL));
        assertThat(service.mayActFor("ANY")).isTrue();
    }

    @Test
    void problemsCarryWhatTheMappersRender() {
        ForbiddenProblem forbidden = new ForbiddenProblem(Scopes.ADMIN, "The access token lacks scope 'admin'");
        assertThat(forbidden.requiredScope()).isEqualTo("admin");
        assertThat(forbidden).hasMessage("The access token lacks scope 'admin'");
        assertThat(ForbiddenProblem.lacking("internal").requiredScope()).isEqualTo("internal");
        assertThat(NotAuthorizedProblem.forHeader(null)).hasMessage("A bearer access token is required");
        assertThat(NotAuthorizedProblem.forHeader("Bearer x"))
                .hasMessage("The access token is missing, invalid or expired");
    }

    private static String jwt(String header) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
