package dev.tvegate.sandbox.application.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.in.EndSessionUseCase;
import dev.tvegate.sandbox.application.port.in.RequestParameters;
import dev.tvegate.sandbox.application.port.out.AccessTokenStorePort;
import dev.tvegate.sandbox.application.port.out.ClientRegistryPort;
import dev.tvegate.sandbox.application.port.out.TokenSignerPort;
import dev.tvegate.sandbox.domain.model.Client;

/**
 * RP-initiated logout. The sandbox keeps no browser session, so logging out means revoking the access tokens of
 * the hinted user for that client, then going to a registered post-logout redirect URI or showing a page.
 * <p>
 * {@code post_logout_redirect_uri} is followed only when it is registered for the client, named by
 * {@code client_id} or by the audience of a valid {@code id_token_hint} (OpenID Connect RP-Initiated Logout 1.0
 * §2, §3); otherwise the request is refused without redirecting.
 */
public final class EndSessionService implements EndSessionUseCase {

    private static final List<String> SINGLE_VALUED = List.of("id_token_hint", "post_logout_redirect_uri", "state",
            "client_id");

    private final ClientRegistryPort clients;
    private final AccessTokenStorePort accessTokens;
    private final TokenSignerPort signer;

    public EndSessionService(ClientRegistryPort clients, AccessTokenStorePort accessTokens, TokenSignerPort signer) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.signer = signer;
    }

    @Override
    public EndSessionResult endSession(RequestParameters p) {
        String repeated = p.firstRepeated(SINGLE_VALUED);
        if (repeated != null) {
            return new Rejected("The logout request repeats " + repeated + ".");
        }
        String clientId = p.get("client_id");
        String subject = null;
        String hint = p.get("id_token_hint");
        if (hint != null) {
            Optional<Map<String, Object>> claims = signer.readOwnToken(hint);
            if (claims.isEmpty()) {
                return new Rejected("The id_token_hint was not issued by this provider.");
            }
            String audience = audienceOf(claims.get().get("aud"));
            if (audience == null || clientId != null && !clientId.equals(audience)) {
                return new Rejected("The id_token_hint was issued to another client.");
            }
            clientId = audience;
            subject = claims.get().get("sub") instanceof String sub ? sub : null;
        }
        Optional<Client> client = clientId == null ? Optional.empty() : clients.find(clientId);
        if (clientId != null && client.isEmpty()) {
            return new Rejected("The client of this logout request is not registered.");
        }
        if (subject != null) {
            accessTokens.revokeAll(subject, client.get().id());
        }

        String redirect = p.get("post_logout_redirect_uri");
        if (redirect == null) {
            return new SignedOut(client.map(Client::name).orElse(null));
        }
        if (client.isEmpty()) {
            return new Rejected("A post_logout_redirect_uri needs a client_id or an id_token_hint.");
        }
        if (!client.get().allowsPostLogoutRedirectTo(redirect)) {
            return new Rejected("The post_logout_redirect_uri is not registered for " + client.get().name() + ".");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("state", p.get("state"));
        return new RedirectTo(Redirects.withQuery(redirect, parameters));
    }

    private static String audienceOf(Object aud) {
        if (aud instanceof String single) {
            return single;
        }
        if (aud instanceof Collection<?> many && many.size() == 1 && many.iterator().next() instanceof String one) {
            return one;
        }
        return null;
    }
}
