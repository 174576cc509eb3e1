package dev.tvegate.support.rest;

/**
 * The client IP of a request: the first {@code X-Forwarded-For} entry (the front door sets it, spec §7), else the
 * peer address. Like the spec's throttle, it trusts {@code X-Forwarded-For}: run behind a proxy that sets it.
 */
public final class ClientAddress {

    public static final String FORWARDED_FOR = "X-Forwarded-For";
    /** Longest forwarded entry taken as an address (an IPv6 address with zone fits). */
    public static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    /** @return the first forwarded entry if it is not empty and at most {@value #MAX_LENGTH} characters, else the peer */
    public static String of(String forwardedFor, String peer) {
        String first = firstForwarded(forwardedFor);
        if (first != null && first.length() <= MAX_LENGTH) {
            return first;
        }
        return peer == null ? "unknown" : peer;
    }

    /**
     * @return the first forwarded entry cut to {@value #MAX_LENGTH} characters if it is not empty, else the peer (the
     *         activation page's key of its failed-attempt limit)
     */
    public static String truncated(String forwardedFor, String peer) {
        String first = firstForwarded(forwardedFor);
        if (first != null) {
            return first.length() > MAX_LENGTH ? first.substring(0, MAX_LENGTH) : first;
        }
        return peer == null ? "unknown" : peer;
    }

    private static String firstForwarded(String forwardedFor) {
        if (forwardedFor == null) {
            return null;
        }
        String first = forwardedFor.split(",", 2)[0].strip();
        return first.isEmpty() ? null : first;
    }
}
