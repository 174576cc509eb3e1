package dev.tvegate.sandbox.adapter.in.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.sandbox.application.port.in.DescribeProviderUseCase;
import dev.tvegate.sandbox.application.port.in.EndSessionUseCase;
import dev.tvegate.sandbox.application.port.in.RequestParameters;

/** The end-session endpoint (OpenID Connect RP-Initiated Logout 1.0 §2: GET and POST). */
@Path("/logout")
@Tag(name = "OpenID Connect")
public class EndSessionEndpoint {

    private final EndSessionUseCase endSession;
    private final String mvpdName;

    EndSessionEndpoint(EndSessionUseCase endSession, DescribeProviderUseCase provider) {
        this.endSession = endSession;
        this.mvpdName = provider.describe().mvpdName();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Logout: id_token_hint, client_id, post_logout_redirect_uri (registered), state")
    public Response logout(@Context UriInfo uri) {
        return render(endSession.endSession(RequestParameters.of(uri.getQueryParameters())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Logout with the parameters in a form")
    public Response logoutByPost(MultivaluedMap<String, String> form) {
        return render(endSession.endSession(RequestParameters.of(form)));
    }

    private Response render(EndSessionUseCase.EndSessionResult result) {
        return switch (result) {
            case EndSessionUseCase.RedirectTo redirect -> Pages.redirect(redirect.location());
            case EndSessionUseCase.SignedOut signedOut -> Pages.html(Response.Status.OK,
                    Pages.Templates.signedOut(mvpdName, signedOut.clientName()));
            case EndSessionUseCase.Rejected rejected -> Pages.html(Response.Status.BAD_REQUEST,
                    Pages.Templates.error(mvpdName, "This sign-out request cannot be accepted", rejected.message()));
        };
    }
}
