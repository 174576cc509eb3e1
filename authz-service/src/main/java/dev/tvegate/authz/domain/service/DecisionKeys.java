package dev.tvegate.authz.domain.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

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
     * The keys of several resources of one (SP, MVPD, user): the same values as {@link #decisionKey} for each resource,
     * with the common prefix hashed once (the digest state is cloned per resource).
     *
     * @return one key per resource, in order
     */
    public static List<String> decisionKeys(String serviceProvider, String mvpd, String userId, List<String> resources) {
        List<String> keys = new ArrayList<>(resources.size());
        if (resources.size() == 1) {
            keys.add(decisionKey(serviceProvider, mvpd, userId, resources.get(0)));
            return keys;
        }
        MessageDigest prefix = sha256();
        prefix.update(framed(serviceProvider, mvpd, userId).getBytes(StandardCharsets.UTF_8));
        HexFormat hex = HexFormat.of();
        for (String resource : resources) {
            MessageDigest md;
            try {
                md = (MessageDigest) prefix.clone();
            } catch (CloneNotSupportedException e) {
                keys.add(decisionKey(serviceProvider, mvpd, userId, resource));
                continue;
            }
            keys.add(hex.formatHex(md.digest(framed(resource).getBytes(StandardCharsets.UTF_8))));
        }
        return keys;
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
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
