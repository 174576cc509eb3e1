package dev.tvegate.authz.domain.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes used as keys: raw user ids and resources never appear in Redis keys or tokens.
 */
public final class DecisionKeys {

    private DecisionKeys() {
    }

    /**
     * @return hex SHA-256 of SP, MVPD, user id and the resource exactly as requested, each length-prefixed (so no
     *         value, whatever it contains, can shift the boundary between two others)
     */
    public static String decisionKey(String serviceProvider, String mvpd, String userId, String resource) {
        return sha256Hex(framed(serviceProvider, mvpd, userId, resource));
    }

    /**
     * The user session GUID of a media token: stable for one profile (SP, MVPD, user, profile start), 32 hex chars,
     * not reversible to the user id.
     */
    public static String sessionGuid(String serviceProvider, String mvpd, String userId, long profileNotBefore) {
        return sha256Hex(framed("sid", serviceProvider, mvpd, userId, Long.toString(profileNotBefore))).substring(0, 32);
    }

    private static String framed(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            String v = p == null ? "" : p;
            b.append(v.length()).append(':').append(v).append('\n');
        }
        return b.toString();
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
