package dev.tvegate.authn.adapter.in.rest.internal;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tvegate.authn.adapter.in.rest.TempPassIdentityParser;
import dev.tvegate.authn.application.port.in.ManageTempPassTrialsUseCase;
import dev.tvegate.authn.application.port.in.TempPassTrialCommand;
import dev.tvegate.authn.application.port.in.TempPassTrialResult;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.support.auth.BearerAuthenticator;
import dev.tvegate.support.auth.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * The TempPass operations of authz-service (scope {@code internal}; never routed by the public front door), spec §8.3:
 * <ul>
 * <li>{@code POST /internal/v1/temppass/trial} — start or read the trial of a first authorization: 200 with the
 * trial, whatever its state (an {@code error} object says why a used-up trial may not be used);</li>
 * <li>{@code POST /internal/v1/temppass/trial/resources} — the same, then count {@code resource}: 200 when it may be
 * played, 403 with the trial and the {@code error} (EEC {@code temporary_access_duration_limit_exceeded} or
 * {@code temporary_access_resources_limit_exceeded}) when not.</li>
 * </ul>
 * Request body: {@code {"serviceProvider","mvpd","deviceId","identity","resource"}}; {@code identity} is the raw
 * {@code AP-TempPass-Identity} header (v2) or {@code generic_data} (v1) the client sent, required for promotional
 * TempPass. Bad input is a top-level EEC: 400 {@code invalid_parameter_service_provider}, {@code invalid_parameter_mvpd},
 * {@code invalid_header_device_identifier}, {@code invalid_header_identity_for_temporary_access},
 * {@code invalid_parameter_resources}; 500 {@code invalid_configuration_temporary_access}.
 */
@Path("/internal/v1/temppass/trial")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "internal", description = "Reads for the suite's own services")
@SecurityRequirement(name = "bearer", scopes = Scopes.INTERNAL)
public class InternalTempPassResource {

    private final BearerAuthenticator auth;
    private final ManageTempPassTrialsUseCase trials;

    public InternalTempPassResource(BearerAuthenticator auth, ManageTempPassTrialsUseCase trials) {
        this.auth = auth;
        this.trials = trials;
    }

    /**
     * @param deviceId v2: the decoded {@code AP-Device-Identifier}; v1: the {@code deviceId} parameter
     * @param identity the raw {@code AP-TempPass-Identity} / {@code generic_data}; promotional only
     * @param resource the resource id to count ({@code /resources} only)
     */
    public record TrialRequest(String serviceProvider, String mvpd, String deviceId, String identity,
            String resource) {
    }

    /**
     * The trial. {@code remaining} is null when the trial has no resource limit; {@code startedAt}/{@code expiresAt}
     * are 0 only if the trial has not started (never after these calls).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrialView(String trialId, String serviceProvider, String mvpd, boolean promotional,
            long ttlSeconds, long startedAt, long expiresAt, int resourceLimit, List<String> usedResources,
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer remaining, String state, String userId,
            String resource, String verdict, ObjectNode error) {

        static TrialView of(TempPassTrialResult r) {
            TempPassTrial t = r.trial();
            return new TrialView(t.trialId(), t.serviceProvider(), t.mvpd(), t.promotional(), t.ttlMillis() / 1000,
                    t.startedAt(), t.expiresAt(), t.resourceLimit(), t.usedResources().stream().sorted().toList(),
                    t.limited() ? t.remainingResources() : null, r.state().wire(), r.userId(), r.resource(),
                    r.verdict() == null ? null : r.verdict().name().toLowerCase(java.util.Locale.ROOT),
                    r.refusal() == null ? null : ErrorRendering.toJsonNode(r.refusal()));
        }
    }

    @POST
    @Operation(summary = "Start (first authorization) or read the TempPass trial of a device / identity")
    public Uni<Response> startOrRead(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            TrialRequest body) {
        return auth.requireScope(authorization, Scopes.INTERNAL)
                .chain(caller -> trials.startOrRead(command(body)))
                .map(result -> respond(200, result));
    }

    @POST
    @Path("/resources")
    @Operation(summary = "Count a resource against the trial; 403 with the EEC once the trial may not play it")
    public Uni<Response> countResource(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            TrialRequest body) {
        return auth.requireScope(authorization, Scopes.INTERNAL)
                .chain(caller -> trials.countResource(command(body)))
                .map(result -> respond(result.refusal() == null ? 200 : 403, result));
    }

    private static TempPassTrialCommand command(TrialRequest body) {
        TrialRequest b = body == null ? new TrialRequest(null, null, null, null, null) : body;
        return new TempPassTrialCommand(b.serviceProvider(), b.mvpd(), b.deviceId(),
                TempPassIdentityParser.genericData(b.identity()), b.resource());
    }

    private static Response respond(int status, TempPassTrialResult result) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(TrialView.of(result)).build();
    }
}
