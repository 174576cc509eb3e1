package dev.tvegate.registration.adapter.in.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.tvegate.kernel.legacy.LegacySignedRequest;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.application.port.in.AuthenticateLegacyRequestUseCase;
import dev.tvegate.registration.application.port.in.LegacyRequestCommand;
import dev.tvegate.registration.domain.error.LegacyAuthenticationException;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * Verification of legacy signed-requestor headers (spec §1.4) for the suite's other services, which do not hold the
 * applications' HMAC keys (scope {@code internal}). The checks are those of registration's own v1 endpoints
 * ({@link AuthenticateLegacyRequestUseCase}): the signed method is the request's, {@code request_uri} equals the
 * request path, the key names an active application acting for the signed requestor, {@code request_time} is within
 * the window, the HMAC verifies, and the nonce is claimed (a header verifies once). The header is never logged.
 */
@Path("/internal/v1/legacy-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "internal", description = "Reads for the suite's own services")
@SecurityRequirement(name = "bearer", scopes = Scopes.INTERNAL)
public class LegacyRequestsResource {

    private static final Logger LOG = Logger.getLogger(LegacyRequestsResource.class);

    /** The request another service received: its {@code Authorization} header value, method and path. */
    public record VerifyRequest(String authorization, String method, String path) {
    }

    /** A verified request: who signed it. {@code clientId} is {@code legacy:<public key>}. */
    public record Verified(String requestor, String applicationId, String clientId, List<String> serviceProviders,
            List<String> scopes) {
    }

    /**
     * A refused request: {@code error} is {@code malformed}, {@code stale_request}, {@code unknown_key},
     * {@code invalid_signature} or {@code replayed_nonce}; {@code message} says which check failed (never a key or a
     * signature).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refused(String error, String message) {
    }

    private final AuthenticateLegacyRequestUseCase useCase;
    private final BearerAuthenticator auth;

    public LegacyRequestsResource(AuthenticateLegacyRequestUseCase useCase, BearerAuthenticator auth) {
        this.useCase = useCase;
        this.auth = auth;
    }

    @POST
    @Path("/verify")
    @Operation(summary = "Verify a legacy signed-requestor Authorization header received by another service "
            + "(single use: the nonce is claimed)")
    @APIResponse(responseCode = "200", description = "Valid: the requestor, application and scopes of the signer")
    @APIResponse(responseCode = "401", description = "Refused ({\"error\",\"message\"}), or no valid service token "
            + "(error invalid_token)")
    @APIResponse(responseCode = "403", description = "The service token lacks scope internal")
    public Uni<RestResponse<Object>> verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            VerifyRequest body) {
        auth.requireScope(authorization, Scopes.INTERNAL);
        if (body == null || blank(body.authorization()) || blank(body.method()) || blank(body.path())) {
            return refused(LegacyAuthenticationException.Failure.MALFORMED,
                    "authorization, method and path are required");
        }
        Optional<LegacySignedRequest> request;
        try {
            request = LegacySignedRequest.parse(body.authorization());
        } catch (IllegalArgumentException e) {
            return refused(LegacyAuthenticationException.Failure.MALFORMED, e.getMessage());
        }
        if (request.isEmpty()) {
            return refused(LegacyAuthenticationException.Failure.MALFORMED,
                    "not a signed requestor header (<METHOD> requestor_id=…, …, public_key=…, signature=…)");
        }
        LegacySignedRequest r = request.get();
        return useCase.authenticate(new LegacyRequestCommand(r, body.method(), r.requestorId(), Set.of(body.path())))
                .map(caller -> ok(r.requestorId(), caller))
                .onFailure(LegacyAuthenticationException.class).recoverWithUni(e -> {
                    LegacyAuthenticationException refusal = (LegacyAuthenticationException) e;
                    return refused(refusal.failure(), refusal.getMessage());
                });
    }

    private static RestResponse<Object> ok(String requestor, Caller caller) {
        Verified verified = new Verified(requestor, caller.applicationId(), caller.clientId(),
                caller.serviceProviders().stream().sorted().toList(), caller.scopes().stream().sorted().toList());
        return RestResponse.ResponseBuilder.<Object> ok(verified).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static Uni<RestResponse<Object>> refused(LegacyAuthenticationException.Failure failure, String message) {
        String error = failure.name().toLowerCase(Locale.ROOT);
        // the message of a malformed header may quote part of it: only the code is logged then
        LOG.debugf("legacy signed request refused: %s%s", error,
                failure == LegacyAuthenticationException.Failure.MALFORMED ? "" : " (" + message + ")");
        return Uni.createFrom().item(RestResponse.ResponseBuilder.<Object> create(RestResponse.Status.UNAUTHORIZED)
                .entity(new Refused(error, message)).header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
