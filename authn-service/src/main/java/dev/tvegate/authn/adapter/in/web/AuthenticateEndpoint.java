package dev.tvegate.authn.adapter.in.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.tvegate.authn.application.port.in.CompleteMvpdLoginCommand;
import dev.tvegate.authn.application.port.in.CompleteMvpdLoginUseCase;
import dev.tvegate.authn.application.port.in.StartMvpdLoginCommand;
import dev.tvegate.authn.application.port.in.StartMvpdLoginResult;
import dev.tvegate.authn.application.port.in.StartMvpdLoginUseCase;
import dev.tvegate.authn.domain.error.MvpdLoginException;
import io.smallrye.mutiny.Uni;

/**
 * The user-agent endpoints of REST API v2 (spec §4.5): no bearer token, answers are redirects or plain HTML pages.
 * <ul>
 * <li>{@code GET /api/v2/authenticate/{serviceProvider}/{code}} — 302 to the MVPD's sign-in page (or, when no
 * sign-in is needed, straight to the session's redirect URL);</li>
 * <li>{@code GET /api/v2/authenticate/callback} — the MVPD's redirect back (OIDC authorization response): 302 to the
 * session's redirect URL once the regular profile is stored.</li>
 * </ul>
 * Errors are {@code text/html} pages with status 400, 405, 500, 502 or 503 (spec §2.1).
 */
@Path("/api/v2/authenticate")
@Tag(name = "Authentication (user agent)")
public class AuthenticateEndpoint {

    private final StartMvpdLoginUseCase start;
    private final CompleteMvpdLoginUseCase complete;

    AuthenticateEndpoint(StartMvpdLoginUseCase start, CompleteMvpdLoginUseCase complete) {
        this.start = start;
        this.complete = complete;
    }

    @GET
    @Path("/{serviceProvider}/{code}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Open in a user agent: redirects to the MVPD's sign-in page for the session of {code}")
    @APIResponse(responseCode = "302", description = "To the MVPD's sign-in page, or to redirectUrl when none is needed")
    @APIResponse(responseCode = "400", description = "Unknown/expired code, incomplete session or unavailable MVPD (HTML)")
    @APIResponse(responseCode = "503", description = "The MVPD or the configuration cannot be reached (HTML)")
    public Uni<Response> authenticate(@RestPath String serviceProvider, @RestPath String code) {
        return start.start(new StartMvpdLoginCommand(serviceProvider, code))
                .map(result -> switch (result) {
                    case StartMvpdLoginResult.RedirectToMvpd r -> WebPages.redirect(302, r.location().toString());
                    case StartMvpdLoginResult.NoLoginNeeded n -> WebPages.redirect(302, n.redirectUrl());
                })
                .onFailure().recoverWithItem(e -> failure(e, "/api/v2/authenticate"));
    }

    @GET
    @Path("/callback")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The MVPD's redirect back after sign-in (OpenID Connect authorization response)")
    @APIResponse(responseCode = "302", description = "To the session's redirectUrl: the regular profile is stored")
    @APIResponse(responseCode = "400", description = "State unknown or already used, sign-in cancelled (HTML)")
    @APIResponse(responseCode = "502", description = "The MVPD's answer was refused, e.g. an invalid ID token (HTML)")
    @APIResponse(responseCode = "503", description = "The MVPD cannot be reached (HTML)")
    public Uni<Response> callback(@RestQuery String code, @RestQuery String state, @RestQuery String error,
            @RestQuery("error_description") String errorDescription, @RestQuery String iss) {
        return complete.complete(new CompleteMvpdLoginCommand(state, code, error, errorDescription, iss))
                .map(result -> WebPages.redirect(302, result.redirectUrl()))
                .onFailure().recoverWithItem(e -> failure(e, "/api/v2/authenticate/callback"));
    }

    private static Response failure(Throwable e, String path) {
        return e instanceof MvpdLoginException login ? ErrorPages.of(login) : ErrorPages.unexpected(e, path);
    }
}
