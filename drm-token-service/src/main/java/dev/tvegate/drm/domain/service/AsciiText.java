package dev.tvegate.drm.domain.service;

import java.util.function.IntPredicate;

/** Character classes of the token parameters; ASCII only, whatever the JDK considers a letter or digit. */
final class AsciiText {

    /** Space to {@code ~}: no control characters, nothing outside ASCII. */
    static final IntPredicate PRINTABLE = c -> c >= 0x20 && c < 0x7f;
    /** {@link #PRINTABLE} without the space. */
    static final IntPredicate VISIBLE = c -> c > 0x20 && c < 0x7f;
    static final IntPredicate LETTER_OR_DIGIT = c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
            || c >= '0' && c <= '9';

    private AsciiText() {
    }

    /** @return whether every character of {@code text} is in {@code characters} (true for empty text) */
    static boolean all(String text, IntPredicate characters) {
        return text.chars().allMatch(characters);
    }
}
