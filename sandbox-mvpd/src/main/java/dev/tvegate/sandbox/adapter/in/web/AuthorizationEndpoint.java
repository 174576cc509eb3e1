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
import dev.tvegate.sandbox.application.port.in.RequestParameters;
import dev.tvegate.sandbox.application.port.in.SignInUseCase;
import dev.tvegate.sandbox.application.port.in.SignInUseCase.SignInCommand;
import dev.tvegate.sandbox.application.port.in.SignInUseCase.SignInResult;
import dev.tvegate.sandbox.application.port.in.StartAuthorizationUseCase;
import dev.tvegate.sandbox.application.port.in.StartAuthorizationUseCase.AuthorizeResult;

/**
 * The authorization endpoint (OpenID Connect Core §3.1.2). {@code GET} (or {@code POST} with the request parameters,
 * §3.1.2.1) validates the request and shows the login form; the form posts back here with the pending-request id.
 */
@Path("/authorize")
@Tag(name = "OpenID Connect")
public class AuthorizationEndpoint {

    static final String REQUEST_ID = "request_id";

    private final StartAuthorizationUseCase startAuthorization;
    private final SignInUseCase signIn;
    private final String mvpdName;

    AuthorizationEndpoint(StartAuthorizationUseCase startAuthorization, SignInUseCase signIn,
            DescribeProviderUseCase provider) {
        this.startAuthorization = startAuthorization;
        this.signIn = signIn;
        this.mvpdName = provider.describe().mvpdName();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Authorization request: shows the login form, or answers the client with an error")
    public Response authorize(@Context UriInfo uri) {
        return render(startAuthorization.start(RequestParameters.of(uri.getQueryParameters())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Login form submission (request_id, username, password[, cancel]), or an authorization "
            + "request sent by POST")
    public Response submit(MultivaluedMap<String, String> form) {
        if (!form.containsKey(REQUEST_ID)) {
            return render(startAuthorization.start(RequestParameters.of(form)));
        }
        SignInResult result = signIn.signIn(new SignInCommand(form.getFirst(REQUEST_ID), form.getFirst("username"),
                form.getFirst("password"), form.containsKey("cancel")));
        return switch (result) {
            case SignInUseCase.Redirect redirect -> Pages.redirect(redirect.location());
            case SignInUseCase.ShowLoginAgain again -> Pages.html(switch (again.failure()) {
                case MISSING_FIELDS -> 400;
                case WRONG_CREDENTIALS -> 401;
                case LOCKED -> 429;
            }, Pages.Templates.login(again.form()));
            case SignInUseCase.Expired expired -> Pages.html(Response.Status.BAD_REQUEST,
                    Pages.Templates.error(mvpdName, "This sign-in page has expired",
                            "Go back to the app and start signing in again."));
        };
    }

    private Response render(AuthorizeResult result) {
        return switch (result) {
            case StartAuthorizationUseCase.ShowLogin show -> Pages.html(Response.Status.OK,
                    Pages.Templates.login(show.form()));
            case StartAuthorizationUseCase.RedirectWithError error -> Pages.redirect(error.location());
            case StartAuthorizationUseCase.Reject reject -> Pages.html(Response.Status.BAD_REQUEST,
                    Pages.Templates.error(mvpdName, "This sign-in request cannot be accepted", reject.message()));
        };
    }
}
