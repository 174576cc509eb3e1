package dev.tvegate.authn.adapter.in.rest.admin;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestHeader;

import dev.tvegate.authn.application.port.in.ResetTempPassCommand;
import dev.tvegate.authn.application.port.in.ResetTempPassUseCase;
import dev.tvegate.support.auth.BearerAuthenticator;
import dev.tvegate.support.auth.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * The TempPass reset API of spec §8.3 (Adobe's {@code mgmt.auth.adobe.com} paths; scope {@code admin}):
 * <ul>
 * <li>{@code DELETE /reset-tempass/v3/reset?requestor_id=&mvpd_id=&device_id=} — the trial of a device (the decoded
 * device id, as in {@code AP-Device-Identifier}; v1: the {@code deviceId} parameter); a missing {@code device_id} or
 * {@code all} resets every trial of the SP and MVPD;</li>
 * <li>{@code DELETE /reset-tempass/v3/reset/generic?requestor_id=&mvpd_id=&key=} — the trial of an identity hash;
 * a missing {@code key} or {@code all} resets every trial.</li>
 * </ul>
 * Answers 204 (with {@code X-TempPass-Trials-Reset: <n>}), 400 (top-level EEC: unknown SP, not a TempPass MVPD of
 * it, malformed key), 401 {@code invalid_token} (get a new token), 403 {@code insufficient_scope}. Resetting a
 * device or key resets the whole trial it belongs to, with every other device and key linked to it: otherwise the
 * matching rules would lead the next request straight back to the ended trial.
 */
@Path("/reset-tempass/v3/reset")
@Tag(name = "admin", description = "Management operations")
@SecurityRequirement(name = "bearer", scopes = Scopes.ADMIN)
public class TempPassResetResource {

    private static final Logger LOG = Logger.getLogger(TempPassResetResource.class);
    /** Response header with the number of trials deleted. */
    static final String RESET_COUNT = "X-TempPass-Trials-Reset";

    private final BearerAuthenticator auth;
    private final ResetTempPassUseCase reset;

    public TempPassResetResource(BearerAuthenticator auth, ResetTempPassUseCase reset) {
        this.auth = auth;
        this.reset = reset;
    }

    @DELETE
    @Operation(summary = "Reset the TempPass trial of a device, or every trial (device_id missing or 'all')")
    public Uni<Response> byDevice(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("requestor_id") String requestor, @QueryParam("mvpd_id") String mvpd,
            @QueryParam("device_id") String deviceId) {
        return run(authorization, new ResetTempPassCommand(requestor, mvpd, ResetTempPassCommand.By.DEVICE, deviceId));
    }

    @DELETE
    @Path("/generic")
    @Operation(summary = "Reset the promotional TempPass trial of an identity hash, or every trial (key missing or 'all')")
    public Uni<Response> byKey(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("requestor_id") String requestor, @QueryParam("mvpd_id") String mvpd,
            @QueryParam("key") String key) {
        return run(authorization, new ResetTempPassCommand(requestor, mvpd, ResetTempPassCommand.By.IDENTITY, key));
    }

    private Uni<Response> run(String authorization, ResetTempPassCommand command) {
        return auth.requireScope(authorization, Scopes.ADMIN)
                .chain(caller -> reset.reset(command).invoke(n -> LOG.infof(
                        "TempPass reset by %s: %s/%s %s %s -> %d trial(s)", caller.clientId(),
                        command.serviceProvider(), command.mvpd(), command.by(),
                        command.all() ? "all" : "one", n)))
                .map(n -> Response.noContent().header(RESET_COUNT, Long.toString(n)).build());
    }
}
