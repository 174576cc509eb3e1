package dev.tvegate.drm.domain.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.CustomerAuthenticator;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.service.AuthenticatorCheck.Invalid;
import dev.tvegate.drm.domain.service.AuthenticatorCheck.Valid;
import dev.tvegate.drm.domain.service.AuthenticatorCheck.WrongEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatorCheckTest {

    private static final String PROD_KEY = "201722,1ad8eed133edf43cbcc185f0236828ae";
    private static final String TEST_KEY = "201722,00000000000000000000000000000abc";

    private static final Customer CUSTOMER = new Customer(201722, "Storefront", true, TokenBackend.LOCAL,
            Set.of(DrmSystem.FAIRPLAY), true, Set.of(), OptionalLong.empty(),
            List.of(stored("a", Environment.PRODUCTION, PROD_KEY), stored("b", Environment.TEST, TEST_KEY)), Map.of());

    private static CustomerAuthenticator stored(String id, Environment env, String authenticator) {
        return new CustomerAuthenticator(id, 201722, env, AuthenticatorCheck.sha256(authenticator), null,
                Instant.EPOCH);
    }

    @Test
    void aKnownAuthenticatorOfThisEnvironmentIsValid() {
        assertThat(AuthenticatorCheck.check(PROD_KEY, Optional.of(CUSTOMER), Environment.PRODUCTION))
                .isEqualTo(new Valid(CUSTOMER));
        assertThat(AuthenticatorCheck.check(TEST_KEY, Optional.of(CUSTOMER), Environment.TEST))
                .isEqualTo(new Valid(CUSTOMER));
        // hex digits are compared case-insensitively (minted lower case)
        assertThat(AuthenticatorCheck.check(PROD_KEY.toUpperCase(), Optional.of(CUSTOMER), Environment.PRODUCTION))
                .isInstanceOf(Valid.class);
    }

    @Test
    void aKeyOfTheOtherEnvironmentIsRecognisedAsSuch() {
        assertThat(AuthenticatorCheck.check(TEST_KEY, Optional.of(CUSTOMER), Environment.PRODUCTION))
                .isEqualTo(new WrongEnvironment(CUSTOMER, Environment.TEST));
        assertThat(AuthenticatorCheck.check(PROD_KEY, Optional.of(CUSTOMER), Environment.TEST))
                .isEqualTo(new WrongEnvironment(CUSTOMER, Environment.PRODUCTION));
    }

    @Test
    void anUnknownKeyAnotherCustomerOrAMalformedStringIsInvalid() {
        assertThat(AuthenticatorCheck.check("201722,1ad8eed133edf43cbcc185f0236828af", Optional.of(CUSTOMER),
                Environment.PRODUCTION)).isInstanceOf(Invalid.class);
        assertThat(AuthenticatorCheck.check(PROD_KEY, Optional.empty(), Environment.PRODUCTION))
                .isInstanceOf(Invalid.class);
        assertThat(AuthenticatorCheck.check("201723,1ad8eed133edf43cbcc185f0236828ae", Optional.of(CUSTOMER),
                Environment.PRODUCTION)).isInstanceOf(Invalid.class);
        for (String malformed : new String[] { null, "", "201722", "201722,", ",1ad8eed133edf43cbcc185f0236828ae",
                "201722,1ad8eed133edf43cbcc185f0236828a", "201722,1ad8eed133edf43cbcc185f0236828aeb",
                "201722;1ad8eed133edf43cbcc185f0236828ae", " 201722,1ad8eed133edf43cbcc185f0236828ae",
                "-1,1ad8eed133edf43cbcc185f0236828ae", "201722,1ad8eed133edf43cbcc185f0236828zz",
                "1234567890123456789,1ad8eed133edf43cbcc185f0236828ae" }) {
            assertThat(AuthenticatorCheck.parse(malformed)).as(String.valueOf(malformed)).isEmpty();
            assertThat(AuthenticatorCheck.check(malformed, Optional.of(CUSTOMER), Environment.PRODUCTION))
                    .isInstanceOf(Invalid.class);
        }
    }

    @Test
    void parsingNamesTheCustomerAndHashesTheWholeString() {
        AuthenticatorCheck.Presented presented = AuthenticatorCheck.parse(PROD_KEY).orElseThrow();
        assertThat(presented.customerId()).isEqualTo(201722);
        assertThat(presented.sha256()).isEqualTo(AuthenticatorCheck.sha256(PROD_KEY)).hasSize(32);
    }
}
