package dev.tvegate.drm.application.port.in;

import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.drm.domain.model.Environment;

/** Checks shared by the admin commands; each failure names the field. */
public final class AdminInput {

    static final int MAX_NAME = 200;

    private AdminInput() {
    }

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw AdminRequestException.invalid(field, field + " is required");
            }
            return null;
        }
        if (value.length() > max) {
            throw AdminRequestException.invalid(field, field + " is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw AdminRequestException.invalid(field, field + " contains control characters");
        }
        return value;
    }

    static <T> T known(String field, String value, Function<String, Optional<T>> parse, String allowed) {
        if (value == null) {
            throw AdminRequestException.invalid(field, field + " is required (" + allowed + ")");
        }
        return parse.apply(value).orElseThrow(() -> AdminRequestException.invalid(field,
                field + " '" + value + "' is not one of " + allowed));
    }

    /** @return the environment named {@code test} or {@code production}; 400 otherwise */
    public static Environment environment(String value) {
        return known("environment", value, Environment::fromId, "test, production");
    }

    static long customerId(String field, long id) {
        if (id < 1 || id > ManageDrmCustomersUseCase.MAX_CUSTOMER_ID) {
            throw AdminRequestException.invalid(field,
                    field + " must be between 1 and " + ManageDrmCustomersUseCase.MAX_CUSTOMER_ID);
        }
        return id;
    }

    /** @return the bytes of exactly {@code bytes} bytes written as hex digits (any case) */
    static byte[] hex(String field, String value, int bytes) {
        if (value == null || value.length() != bytes * 2 || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw AdminRequestException.invalid(field, field + " must be " + bytes * 2 + " hex digits");
        }
        return HexFormat.of().parseHex(value);
    }
}
