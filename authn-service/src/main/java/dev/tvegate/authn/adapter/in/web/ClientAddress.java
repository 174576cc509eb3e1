package dev.tvegate.authn.adapter.in.web;

/**
 * The client IP of a browser request: the first {@code X-Forwarded-For} entry (the front door sets it, spec §7),
 * else the peer address. Like the spec's throttle, it trusts {@code X-Forwarded-For}: run behind a proxy that sets it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(String forwardedFor, String peer) {
        if (forwardedFor != null) {
            String first = forwardedFor.split(",", 2)[0].strip();
            if (!first.isEmpty()) {
                return first.length() > 64 ? first.substring(0, 64) : first;
            }
        }
        return peer == null ? "unknown" : peer;
    }
}
