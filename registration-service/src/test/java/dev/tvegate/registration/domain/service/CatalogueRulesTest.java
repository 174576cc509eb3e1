package dev.tvegate.registration.domain.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tvegate.registration.domain.error.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "adobe.com", "a-b.example.co.uk", "xn--bcher-kva.example", "127.0.0.1" })
    void acceptsHostNames(String host) {
        assertThat(CatalogueRules.hostName("domains", host)).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a..b", "-a.com", "a-.com", "a_b.com", "a b.com", "http://a.com", "a.com/x",
            "é.com" })
    void refusesWhatIsNotAHostName(String host) {
        assertThatThrownBy(() -> CatalogueRules.hostName("domains", host))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("domains"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://idp.example.com", "http://localhost:8090/logo.svg", "HTTPS://A.example/p?q=1" })
    void acceptsAbsoluteHttpUrls(String url) {
        assertThat(CatalogueRules.httpUrl("logoUrl", url, true)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/logo.png", "logo.png", "ftp://a.example/x", "javascript:alert(1)",
            "https://user:pw@a.example/", "http://", "https://a b.example" })
    void refusesOtherUrls(String url) {
        assertThatThrownBy(() -> CatalogueRules.httpUrl("logoUrl", url, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("logoUrl"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "REF30", "TempPass_TEST40", "Comcast_SSO", "a.b-c" })
    void acceptsEntityIds(String id) {
        assertThat(CatalogueRules.entityId("id", id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = { "_x", "a/b", "a b", "é" })
    void refusesBadEntityIdsQuotingThemSafely(String id) {
        assertThatThrownBy(() -> CatalogueRules.entityId("id", id)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a valid identifier");
        assertThatThrownBy(() -> CatalogueRules.entityId("id", "x\ny")).hasMessageContaining("x?y");
    }
}
