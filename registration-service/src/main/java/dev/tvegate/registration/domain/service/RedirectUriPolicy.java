package dev.tvegate.registration.domain.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@code redirect_uri} a client may register (spec §1.1/§1.2: the registered application's {@code domains}
 * validate it). The URI must be absolute and its host must equal one of the domains or be a subdomain of one. A custom
 * scheme is checked the same way through its host part: {@code adobepass://com.programmer} needs the domain
 * {@code com.programmer}. URIs without a host ({@code javascript:}, {@code data:}, {@code file:///…}) and URIs with
 * user info ({@code https://example.com@evil.test}) are refused.
 */
public final class RedirectUriPolicy {

    /** Longest accepted URI. */
    public static final int MAX_LENGTH = 2048;

    private RedirectUriPolicy() {
    }

    /** @return whether {@code redirectUri} lies within one of {@code domains} */
    public static boolean isAllowed(String redirectUri, List<String> domains) {
        Optional<String> host = host(redirectUri);
        if (host.isEmpty()) {
            return false;
        }
        String h = host.get();
        for (String domain : domains) {
            String d = normalize(domain);
            if (!d.isEmpty() && (h.equals(d) || h.endsWith("." + d))) {
                return true;
            }
        }
        return false;
    }

    /** @return the lower-case host of an absolute URI with an authority and no user info */
    static Optional<String> host(String redirectUri) {
        if (redirectUri == null || redirectUri.isBlank() || redirectUri.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(redirectUri.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null) {
            // Custom-scheme hosts are not always DNS names (e.g. underscores): fall back to the registry authority.
            String authority = uri.getRawAuthority();
            if (authority == null || authority.contains("@")) {
                return Optional.empty();
            }
            int colon = authority.lastIndexOf(':');
            host = colon >= 0 ? authority.substring(0, colon) : authority;
        }
        String normalized = normalize(host);
        return normalized.isEmpty() ? Optional.empty() : Optional.of(normalized);
    }

    private static String normalize(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}
