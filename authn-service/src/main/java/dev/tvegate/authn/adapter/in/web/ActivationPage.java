package dev.tvegate.authn.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.tvegate.authn.application.port.in.ActivateDeviceUseCase;
import dev.tvegate.authn.application.port.in.ActivationLookupCommand;
import dev.tvegate.authn.application.port.in.ActivationResult;
import dev.tvegate.authn.application.port.in.ActivationResult.ChooseProvider;
import dev.tvegate.authn.application.port.in.ActivationResult.ProviderOption;
import dev.tvegate.authn.application.port.in.ActivationResult.Rejected;
import dev.tvegate.authn.application.port.in.ChooseProviderCommand;
import dev.tvegate.authn.config.ActivationConfig;
import dev.tvegate.authn.config.AuthnConfig;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.support.rest.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The activation page, the second-screen web app of the cookbook (step 3, option 2): the viewer types the code
 * shown on the TV, picks a TV provider and is sent through {@code /api/v2/authenticate/{sp}/{code}} to its sign-in;
 * the MVPD's callback lands on the session's redirect URL, {@code /activate/done} when the app gave none.
 * <p>
 * Status codes: the form with a bad or expired code answers <b>400</b> (the form again, with the message announced
 * to screen readers), too many failed codes from one IP <b>429</b> with {@code Retry-After}; a valid code answers
 * 200 with the provider list, or 303 straight to the sign-in when the app already chose the provider.
 * <p>
 * The POST forms carry a CSRF token (double-submit: a random value in a {@code SameSite=Strict}, HttpOnly cookie and
 * in a hidden field, compared in constant time), so another site cannot make a viewer's browser resume a session.
 * With an https public URL the cookie is {@code __Host-} prefixed and {@code Secure}.
 */
@Path("/activate")
@Tag(name = "Activation page")
public class ActivationPage {

    static final String CSRF_FIELD = "csrf";
    private static final int CSRF_BYTES = 32;
    private static final int CSRF_LENGTH = 43;

    private final ActivateDeviceUseCase activation;
    private final String csrfCookieName;
    private final boolean secureCookie;
    private final long retryAfterSeconds;

    ActivationPage(ActivateDeviceUseCase activation, ActivationConfig config, AuthnConfig authn) {
        this.activation = activation;
        this.secureCookie = authn.publicUrl().startsWith("https://");
        this.csrfCookieName = secureCookie ? "__Host-tvegate_csrf" : "tvegate_csrf";
        this.retryAfterSeconds = Math.max(1, config.failedAttemptsWindow().toSeconds());
    }

    @GET
    @Operation(summary = "The activation form; with ?code= it looks the code up and shows the TV providers")
    public Uni<Response> form(@RestQuery String code, HttpHeaders headers, HttpServerRequest request) {
        Csrf csrf = csrf(headers);
        if (code == null || code.isBlank()) {
            return Uni.createFrom().item(codeForm(200, csrf, null, null));
        }
        return activation.lookup(new ActivationLookupCommand(code, clientIp(headers, request), false))
                .map(result -> render(result, csrf))
                .onFailure().recoverWithItem(e -> ErrorPages.unavailable(e, "/activate"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Looks up a typed code: the TV providers, or straight to the sign-in")
    public Uni<Response> submit(@RestForm String code, @RestForm(CSRF_FIELD) String token, HttpHeaders headers,
            HttpServerRequest request) {
        Csrf csrf = csrf(headers);
        if (!csrf.matches(token)) {
            return Uni.createFrom().item(expiredForm(code));
        }
        return activation.lookup(new ActivationLookupCommand(code, clientIp(headers, request), true))
                .map(result -> render(result, csrf))
                .onFailure().recoverWithItem(e -> ErrorPages.unavailable(e, "/activate"));
    }

    @POST
    @Path("/provider")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Chooses the TV provider and continues to its sign-in")
    public Uni<Response> choose(@RestForm String code, @RestForm String mvpd, @RestForm(CSRF_FIELD) String token,
            HttpHeaders headers, HttpServerRequest request) {
        Csrf csrf = csrf(headers);
        if (!csrf.matches(token)) {
            return Uni.createFrom().item(expiredForm(code));
        }
        return activation.choose(new ChooseProviderCommand(code, mvpd, clientIp(headers, request)))
                .map(result -> render(result, csrf))
                .onFailure().recoverWithItem(e -> ErrorPages.unavailable(e, "/activate/provider"));
    }

    @GET
    @Path("/done")
    @Operation(summary = "Where the browser lands after signing in when the app gave no redirect URL")
    public Response done() {
        return WebPages.html(200, WebPages.Templates.done()).build();
    }

    // ----------------------------------------------------------------------------------------------------------

    private Response render(ActivationResult result, Csrf csrf) {
        return switch (result) {
            case ChooseProvider choose -> withCookie(WebPages.html(200, WebPages.Templates.providers(csrf.value(),
                    choose.code(), choose.serviceProviderName(),
                    choose.providers().stream()
                            .map(p -> new ProviderOption(p.id(), p.displayName(), WebPages.safeLogo(p.logoUrl())))
                            .toList(),
                    choose.chosenMvpd())), csrf).build();
            case ActivationResult.Continue next -> WebPages.redirect(303,
                    "/api/v2/authenticate/" + encode(next.serviceProvider()) + "/" + encode(next.code()));
            case Rejected rejected -> rejected(rejected, csrf);
        };
    }

    private Response rejected(Rejected rejected, Csrf csrf) {
        String typed = rejected.typedCode();
        return switch (rejected.problem()) {
            case MALFORMED_CODE -> codeForm(400, csrf, typed, typed == null || typed.isBlank()
                    ? "Enter the code shown on your TV."
                    : "That doesn't look like the code on your TV. Check it and try again.");
            case UNKNOWN_CODE -> codeForm(400, csrf, typed, "That code is not valid or has expired. Check the code "
                    + "on your TV, or start again on the TV to get a new one.");
            case TOO_MANY_ATTEMPTS -> codeFormBuilder(429, csrf, typed,
                    "Too many incorrect codes were entered. Wait a minute, then try again.")
                    .header("Retry-After", Long.toString(retryAfterSeconds)).build();
            case PROVIDER_NOT_AVAILABLE -> codeForm(400, csrf, typed, "That TV provider is not available for this "
                    + "service any more. Continue to choose another one.");
            case SERVICE_NOT_READY -> ErrorPages.plain(500, "This service is not ready for TV sign-in",
                    "Signing in from this page is not set up for this service yet. Please contact its support.");
        };
    }

    private Response codeForm(int status, Csrf csrf, String code, String message) {
        return codeFormBuilder(status, csrf, code, message).build();
    }

    private Response.ResponseBuilder codeFormBuilder(int status, Csrf csrf, String code, String message) {
        return withCookie(WebPages.html(status, WebPages.Templates.activate(csrf.value(), code, message)), csrf);
    }

    /** A POST without a valid token: the form again with a fresh token (the cookie expired, or another site posted). */
    private Response expiredForm(String code) {
        Csrf fresh = new Csrf(Secrets.randomToken(CSRF_BYTES), true);
        return codeForm(400, fresh, code, "This page had expired. Check the code and press Continue again.");
    }

    private Response.ResponseBuilder withCookie(Response.ResponseBuilder response, Csrf csrf) {
        if (!csrf.isNew()) {
            return response;
        }
        return response.cookie(new NewCookie.Builder(csrfCookieName)
                .value(csrf.value())
                .path("/")
                .httpOnly(true)
                .secure(secureCookie)
                .sameSite(NewCookie.SameSite.STRICT)
                .build());
    }

    private Csrf csrf(HttpHeaders headers) {
        Map<String, Cookie> cookies = headers.getCookies();
        Cookie cookie = cookies == null ? null : cookies.get(csrfCookieName);
        if (cookie != null && cookie.getValue() != null && cookie.getValue().length() == CSRF_LENGTH
                && cookie.getValue().matches("[A-Za-z0-9_-]+")) {
            return new Csrf(cookie.getValue(), false);
        }
        return new Csrf(Secrets.randomToken(CSRF_BYTES), true);
    }

    /** The page's CSRF token; {@code isNew} when the cookie must be (re)set. */
    private record Csrf(String value, boolean isNew) {
        boolean matches(String submitted) {
            return !isNew && Secrets.constantTimeEquals(value, submitted);
        }
    }

    private static String clientIp(HttpHeaders headers, HttpServerRequest request) {
        return ClientAddress.truncated(headers.getHeaderString(ClientAddress.FORWARDED_FOR),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
