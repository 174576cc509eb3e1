package dev.tvegate.authz.adapter.in.rest;

/** The client IP of a request: the first {@code X-Forwarded-For} entry, else the peer address. */
public final class ClientAddress {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    public static String of(String forwardedFor, String peer) {
        if (forwardedFor != null) {
            String first = forwardedFor.split(",", 2)[0].strip();
            if (!first.isEmpty() && first.length() <= 64) {
                return first;
            }
        }
        return peer == null ? "unknown" : peer;
    }
}
