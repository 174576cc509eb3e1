package dev.tvegate.support.rest;

import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static final String LONG = "x".repeat(65);

    @Test
    void theFirstForwardedEntryIsTheClientElseThePeer() {
        assertThat(ClientAddress.of("203.0.113.7, 10.0.0.1", "10.0.0.2")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of(" , 10.0.0.1", "10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of(null, "10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of(null, null)).isEqualTo("unknown");
    }

    @Test
    void anOverLongEntryIsIgnoredByOfAndCutByTruncated() {
        assertThat(ClientAddress.of(LONG, "10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.truncated(LONG, "10.0.0.2")).isEqualTo(LONG.substring(0, 64));
        assertThat(ClientAddress.truncated("203.0.113.7", "10.0.0.2")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.truncated("", null)).isEqualTo("unknown");
    }

    @Test
    void errorPathsOfRestV1AreRecognisedWithTheirSuffix() {
        assertThat(ErrorResponses.isV1Path("/api/v1/authorize")).isTrue();
        assertThat(ErrorResponses.isV1Path("reggie/v1/REF30/regcode")).isTrue();
        assertThat(ErrorResponses.isV1Path("/api/v2/REF30/sessions")).isFalse();
        assertThat(ErrorResponses.pathSuffix("/api/v1/tokens/media.JSON")).isEqualTo("json");
        assertThat(ErrorResponses.pathSuffix("/api/v1/authorize.xml")).isEqualTo("xml");
        assertThat(ErrorResponses.pathSuffix("/api/v1/authorize")).isNull();
    }

    @Test
    void throttledPathsMatchWhole() {
        ThrottleResponses responses = new ThrottleResponses(Pattern.compile("/api/v2/.+"),
                Logger.getLogger(ClientAddressTest.class));
        assertThat(responses.throttles("/api/v2/REF30/sessions")).isTrue();
        assertThat(responses.throttles("/internal/api/v2/x")).isFalse();
        assertThat(responses.throttles("/api/v2/")).isFalse();
    }
}
