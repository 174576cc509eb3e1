package dev.tvegate.kernel.error;

import java.util.UUID;

/**
 * Generates the {@code trace} value of an Enhanced Error (spec §5): a per-response identifier a client quotes to
 * support so the matching server logs can be found.
 */
public final class Traces {

    private Traces() {
    }

    /** @return a new random (version 4) UUID string */
    public static String newTrace() {
        return UUID.randomUUID().toString();
    }
}
