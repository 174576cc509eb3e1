package dev.tvegate.kernel.error;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseFormatTest {

    @ParameterizedTest(name = "Accept={0} format={1} suffix={2} → {3}")
    @CsvSource(nullValues = "null", value = {
            // nothing → XML default
            "null, null, null, XML",
            "'*/*', null, null, XML",
            "'', null, null, XML",
            // Accept alone
            "application/json, null, null, JSON",
            "application/xml, null, null, XML",
            "text/xml, null, null, XML",
            "'application/json;charset=utf-8', null, null, JSON",
            "'text/html, application/json, application/xml', null, null, JSON",
            "'application/xml, application/json', null, null, XML",
            "'*/*, application/json', null, null, XML",
            "text/html, null, null, XML",
            // suffix beats Accept
            "application/json, null, xml, XML",
            "application/xml, null, json, JSON",
            // parameter beats Accept and agrees with suffix
            "application/xml, json, null, JSON",
            "application/json, XML, null, XML",
            "null, json, json, JSON",
            "null, '', json, JSON" })
    void resolvesWithParamThenSuffixThenAccept(String accept, String format, String suffix, ResponseFormat expected) {
        assertThat(ResponseFormat.resolve(accept, format, suffix)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "json, xml", "xml, json" })
    void refusesConflictingExplicitChoices(String format, String suffix) {
        assertThatThrownBy(() -> ResponseFormat.resolve(null, format, suffix))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Conflicting");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "yaml, null", "null, html" })
    void refusesUnknownFormats(String format, String suffix) {
        assertThatThrownBy(() -> ResponseFormat.resolve("application/json", format, suffix))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unsupported response format");
    }

    @ParameterizedTest
    @CsvSource({ "JSON, application/json", "XML, application/xml" })
    void hasAMediaType(ResponseFormat format, String mediaType) {
        assertThat(format.mediaType()).isEqualTo(mediaType);
        assertThat(format.mediaTypeWithCharset()).isEqualTo(mediaType + ";charset=UTF-8");
    }
}
