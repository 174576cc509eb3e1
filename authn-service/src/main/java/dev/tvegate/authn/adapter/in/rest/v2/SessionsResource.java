package dev.tvegate.authn.adapter.in.rest.v2;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

import dev.tvegate.authn.adapter.in.rest.v2.V2Views.SessionInfoView;
import dev.tvegate.authn.adapter.in.rest.v2.V2Views.SessionView;
import dev.tvegate.authn.application.port.in.CreateAuthenticationSessionUseCase;
import dev.tvegate.authn.application.port.in.CreateSessionCommand;
import dev.tvegate.authn.application.port.in.GetAuthenticationSessionUseCase;
import dev.tvegate.authn.application.port.in.ResumeAuthenticationSessionUseCase;
import dev.tvegate.authn.application.port.in.ResumeSessionCommand;
import dev.tvegate.authn.application.port.in.SessionParameters;
import dev.tvegate.authn.application.port.in.SessionQuery;
import dev.tvegate.support.auth.BearerAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * REST v2 authentication sessions (spec §4.2–§4.4). Form parameters {@code mvpd}, {@code domainName} (the spec's ⚠
 * alias {@code domain} is accepted too) and {@code redirectUrl}; any may be missing.
 */
@Path("/api/v2/{serviceProvider}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "REST API v2 authentication sessions")
public class SessionsResource {

    private final BearerAuthenticator auth;
    private final CreateAuthenticationSessionUseCase create;
    private final ResumeAuthenticationSessionUseCase resume;
    private final GetAuthenticationSessionUseCase get;

    public SessionsResource(BearerAuthenticator auth, CreateAuthenticationSessionUseCase create,
            ResumeAuthenticationSessionUseCase resume, GetAuthenticationSessionUseCase get) {
        this.auth = auth;
        this.create = create;
        this.resume = resume;
        this.get = get;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD })
    @Operation(summary = "Create an authentication session (spec §4.2)")
    public Uni<RestResponse<SessionView>> create(@PathParam("serviceProvider") String serviceProvider,
            @RestForm String mvpd, @RestForm String domainName, @RestForm String domain,
            @RestForm String redirectUrl, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        SessionParameters parameters = new SessionParameters(mvpd, domainName != null ? domainName : domain,
                redirectUrl);
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), serviceProvider)
                .chain(client -> create.create(new CreateSessionCommand(serviceProvider, V2Request.context(client),
                        V2Request.device(headers, request), parameters)))
                .map(result -> ok(SessionView.of(result)));
    }

    @POST
    @Path("/{code}")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD })
    @Operation(summary = "Resume an authentication session with the missing parameters (spec §4.3)")
    public Uni<RestResponse<SessionView>> resume(@PathParam("serviceProvider") String serviceProvider,
            @PathParam("code") String code, @RestForm String mvpd, @RestForm String domainName,
            @RestForm String domain, @RestForm String redirectUrl, @Context HttpHeaders headers) {
        SessionParameters parameters = new SessionParameters(mvpd, domainName != null ? domainName : domain,
                redirectUrl);
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), serviceProvider)
                .chain(client -> resume.resume(new ResumeSessionCommand(serviceProvider, V2Request.context(client), code,
                        parameters)))
                .map(result -> ok(SessionView.of(result)));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read an authentication session by its code (spec §4.4)")
    public Uni<RestResponse<SessionInfoView>> get(@PathParam("serviceProvider") String serviceProvider,
            @PathParam("code") String code, @Context HttpHeaders headers) {
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), serviceProvider)
                .chain(client -> get.get(new SessionQuery(serviceProvider, V2Request.context(client), code)))
                .map(info -> ok(SessionInfoView.of(info)));
    }

    static <T> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.CACHE_CONTROL, V2Request.NO_STORE).build();
    }
}
