package dev.tvegate.kernel.code;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CodeGeneratorTest {

    @Test
    void alphabetIsTheRfc8628OneWithoutVowelsOrDigits() {
        assertThat(CodeGenerator.ALPHABET).hasSize(20).doesNotContainPattern("[AEIOUY0-9]");
        assertThat(CodeGenerator.ALPHABET.chars().distinct().count()).isEqualTo(20);
    }

    @Test
    void defaultCodesHaveEightCharactersAndAbout34Point6Bits() {
        CodeGenerator generator = CodeGenerator.defaultUserCodes();

        assertThat(generator.length()).isEqualTo(8);
        assertThat(generator.entropyBits()).isCloseTo(34.57, within(0.01));
        assertThat(generator.next()).hasSize(8).matches("[BCDFGHJKLMNPQRSTVWXZ]{8}");
    }

    @Test
    void usesEveryLetterRoughlyUniformly() {
        CodeGenerator generator = CodeGenerator.defaultUserCodes();
        Map<Character, Integer> counts = new HashMap<>();
        Set<String> codes = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            String code = generator.next();
            assertThat(generator.isWellFormed(code)).isTrue();
            codes.add(code);
            code.chars().forEach(c -> counts.merge((char) c, 1, Integer::sum));
        }

        assertThat(counts).hasSize(20);
        // 80 000 characters, 4 000 expected per letter; ±20 % is far outside random variation (σ ≈ 62)
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(3_200, 4_800));
        assertThat(codes).as("collisions among 10k codes of 34.6 bits are very unlikely").hasSizeGreaterThan(9_990);
    }

    @ParameterizedTest
    @ValueSource(ints = { 5, 17, 0, -1 })
    void refusesLengthsOutside6To16(int length) {
        assertThatThrownBy(() -> new CodeGenerator(length)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 6 and 16");
    }

    @ParameterizedTest
    @ValueSource(ints = { 6, 16 })
    void acceptsTheBounds(int length) {
        CodeGenerator generator = new CodeGenerator(length);

        assertThat(generator.next()).hasSize(length);
        assertThat(generator.entropyBits()).isCloseTo(length * Math.log(20) / Math.log(2), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({ "'  bcdf-ghjk ', BCDFGHJK", "BcDf GhJk, BCDFGHJK", "'b-c-d-f\tg h j k', BCDFGHJK", "'', ''" })
    void normalizesWhatUsersType(String typed, String normalized) {
        assertThat(CodeGenerator.normalize(typed)).isEqualTo(normalized);
    }

    @Test
    void normalizeKeepsNull() {
        assertThat(CodeGenerator.normalize(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "BCDFGHJK, true", "BCDFGHJ, false", "BCDFGHJKL, false",
            "BCDFGHJA, false", "BCDFGHJ1, false", "bcdfghjk, false", "null, false" })
    void checksWellFormedness(String normalized, boolean wellFormed) {
        assertThat(CodeGenerator.defaultUserCodes().isWellFormed(normalized)).isEqualTo(wellFormed);
    }
}
