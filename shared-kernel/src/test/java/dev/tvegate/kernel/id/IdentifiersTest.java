package dev.tvegate.kernel.id;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = { "REF30", "sampleRequestorId", "Comcast_SSO", "att.net", "a", "0-9", "x_y.z-w" })
    void acceptsWellFormedIds(String id) {
        assertThat(Identifiers.isValidEntityId(id)).isTrue();
        assertThat(Identifiers.requireEntityId(id, "mvpd")).isSameAs(id);
    }

    @Test
    void acceptsUpTo64Characters() {
        assertThat(Identifiers.isValidEntityId("a".repeat(64))).isTrue();
        assertThat(Identifiers.isValidEntityId("a".repeat(65))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "-lead", "_lead", ".hidden", "has space", "slash/x", "../etc", "ünïcode", "a:b",
            "x\n", "semi;colon" })
    void refusesEverythingElse(String id) {
        assertThat(Identifiers.isValidEntityId(id)).isFalse();
        assertThatThrownBy(() -> Identifiers.requireEntityId(id, "serviceProvider"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("serviceProvider must match ");
    }
}
