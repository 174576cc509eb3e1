package dev.tvegate.authn.adapter.in.rest.v1;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.authn.application.port.out.LegacyRequestVerificationPort;
import dev.tvegate.support.auth.AuthenticatedClient;
import dev.tvegate.support.auth.BearerAuthenticator;
import dev.tvegate.support.auth.V1CallerCheck;
import io.smallrye.mutiny.Uni;

/**
 * The caller check of authn's REST v1 endpoints (spec §1.4): a DCR bearer access token, or a legacy
 * signed-requestor header that registration-service verifies ({@link LegacyRequestVerificationPort}). The rules
 * and failures are service-support's {@link V1CallerCheck}. Both kinds of caller see the same v1 tokens (keyed
 * {@code v1:<requestor>} + {@code deviceId}).
 */
@ApplicationScoped
public class V1CallerAuthenticator {

    private final V1CallerCheck check;

    public V1CallerAuthenticator(BearerAuthenticator bearer, LegacyRequestVerificationPort legacy) {
        this.check = new V1CallerCheck(bearer, (authorization, method, path) -> legacy.verify(authorization, method, path)
                .map(V1CallerAuthenticator::verification));
    }

    /**
     * @param method the HTTP method of the request
     * @param path the request path (a signature's {@code request_uri} must equal it)
     */
    public Uni<AuthenticatedClient> requireClient(String authorization, String method, String path,
            String requestor) {
        return check.requireClient(authorization, method, path, requestor);
    }

    private static V1CallerCheck.LegacyVerification verification(LegacyRequestVerificationPort.Verification v) {
        return switch (v) {
            case LegacyRequestVerificationPort.Verified s -> new V1CallerCheck.Signed(s.requestor(), s.applicationId(),
                    s.clientId(), s.serviceProviders(), s.scopes());
            case LegacyRequestVerificationPort.Refused r -> new V1CallerCheck.Refused(r.error(), r.message());
        };
    }
}
