package dev.tvegate.sandbox.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tvegate.sandbox.domain.model.Rating;

import static org.assertj.core.api.Assertions.assertThat;

class RatingTest {

    private static Rating rating(String value, String scheme) {
        return Rating.parse(value, scheme).orElseThrow();
    }

    @Test
    void vChipRatingsAreOrdered() {
        List<String> order = List.of("TV-Y", "TV-Y7", "TV-G", "TV-PG", "TV-14", "TV-MA");
        for (int i = 1; i < order.size(); i++) {
            assertThat(rating(order.get(i), "urn:v-chip").exceeds(rating(order.get(i - 1), "urn:v-chip")))
                    .as(order.get(i) + " > " + order.get(i - 1)).isTrue();
            assertThat(rating(order.get(i - 1), "urn:v-chip").exceeds(rating(order.get(i), "urn:v-chip"))).isFalse();
        }
    }

    @Test
    void mpaaRatingsAreOrdered() {
        List<String> order = List.of("G", "PG", "PG-13", "R", "NC-17");
        for (int i = 1; i < order.size(); i++) {
            assertThat(rating(order.get(i), "urn:mpaa").exceeds(rating(order.get(i - 1), "urn:mpaa")))
                    .as(order.get(i) + " > " + order.get(i - 1)).isTrue();
        }
    }

    @Test
    void aRatingDoesNotExceedItself() {
        assertThat(rating("TV-14", null).exceeds(rating("TV-14", null))).isFalse();
    }

    @Test
    void valuesAreCaseAndPunctuationInsensitiveAsInMrss() {
        assertThat(rating("pg", "urn:mpaa").value()).isEqualTo("PG");
        assertThat(rating("pg13", "urn:mpaa").value()).isEqualTo("PG-13");
        assertThat(rating("tv_ma", "urn:v-chip").value()).isEqualTo("TV-MA");
        assertThat(rating("TV-Y7-FV", "v-chip").value()).isEqualTo("TV-Y7");
    }

    @Test
    void theSchemeIsInferredFromTheValueWhenAbsent() {
        assertThat(rating("TV-PG", null).scheme()).isEqualTo(Rating.Scheme.VCHIP);
        assertThat(rating("R", " ").scheme()).isEqualTo(Rating.Scheme.MPAA);
    }

    @Test
    void schemesCompareThroughTheirUsualEquivalences() {
        assertThat(rating("R", "urn:mpaa").exceeds(rating("TV-14", null))).isTrue();
        assertThat(rating("PG-13", "urn:mpaa").exceeds(rating("TV-14", null))).isFalse();
        assertThat(rating("NC-17", "urn:mpaa").exceeds(rating("TV-MA", null))).isTrue();
        assertThat(rating("TV-G", null).exceeds(rating("G", null))).isFalse();
    }

    @Test
    void unknownValuesOrSchemesAreNotRecognised() {
        assertThat(Rating.parse("XXX", "urn:mpaa")).isEmpty();
        assertThat(Rating.parse("TV-PG", "urn:mpaa")).isEmpty();
        assertThat(Rating.parse("PG", "urn:bbfc")).isEmpty();
        assertThat(Rating.parse("", null)).isEmpty();
        assertThat(Rating.parse(null, null)).isEmpty();
    }
}
