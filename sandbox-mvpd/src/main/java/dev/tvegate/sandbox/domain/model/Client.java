package dev.tvegate.sandbox.domain.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import dev.tvegate.kernel.code.Secrets;

/**
 * An OAuth client (relying party) registered with the sandbox: TVE Gate's authn-service, or a test.
 *
 * @param id the {@code client_id}
 * @param name the display name shown on the login page
 * @param secret the client secret (compared in constant time, never printed)
 * @param redirectUris the registered redirect URIs, matched exactly
 * @param postLogoutRedirectUris the registered post-logout redirect URIs, matched exactly
 */
public record Client(String id, String name, String secret, List<String> redirectUris,
        List<String> postLogoutRedirectUris) {

    public Client {
        requireText(id, "client id");
        requireText(secret, "secret of client " + id);
        name = name == null || name.isBlank() ? id : name;
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("client " + id + " has no redirect URI");
        }
        redirectUris.forEach(uri -> requireAbsoluteUri(uri, id));
        postLogoutRedirectUris.forEach(uri -> requireAbsoluteUri(uri, id));
    }

    /** @return whether {@code uri} is one of the registered redirect URIs (exact string match, RFC 6749 §3.1.2.3) */
    public boolean allowsRedirectTo(String uri) {
        return uri != null && redirectUris.contains(uri);
    }

    /** @return whether {@code uri} is one of the registered post-logout redirect URIs (exact string match) */
    public boolean allowsPostLogoutRedirectTo(String uri) {
        return uri != null && postLogoutRedirectUris.contains(uri);
    }

    /** @return whether {@code candidate} is this client's secret, compared in constant time */
    public boolean secretMatches(String candidate) {
        return Secrets.constantTimeEquals(secret, candidate);
    }

    @Override
    public String toString() {
        return "Client[id=" + id + ", name=" + name + ", redirectUris=" + redirectUris + "]";
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    private static void requireAbsoluteUri(String uri, String clientId) {
        Objects.requireNonNull(uri, "redirect URI");
        URI parsed;
        try {
            parsed = URI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("client " + clientId + ": not a URI: " + uri, e);
        }
        if (!parsed.isAbsolute() || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "client " + clientId + ": a redirect URI must be absolute and have no fragment: " + uri);
        }
    }
}
