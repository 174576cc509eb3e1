package dev.tvegate.authn.adapter.in.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import dev.tvegate.authn.adapter.in.rest.TempPassIdentityParser;
import dev.tvegate.authn.adapter.in.rest.v1.V1CallerAuthenticator;
import dev.tvegate.authn.adapter.in.rest.v1.V1Http;
import dev.tvegate.authn.application.port.in.FreePreviewCommand;
import dev.tvegate.authn.application.port.in.StartV1AuthenticationUseCase;
import dev.tvegate.authn.application.port.in.V1AuthenticateCommand;
import dev.tvegate.authn.application.port.in.V1AuthnTokensUseCase;
import dev.tvegate.authn.domain.error.MvpdLoginException;
import dev.tvegate.kernel.error.EnhancedErrorException;
import io.smallrye.mutiny.Uni;

/**
 * REST v1 {@code /api/v1/authenticate…} (spec §6.2, §6.4):
 * <ul>
 * <li>{@code GET /api/v1/authenticate?requestor_id&mso_id&reg_code&domain_name&noflash&no_iframe&redirect_url
 * [&generic_data]} — opened by the second screen's browser, no token: 302 to the MVPD's sign-in (after it, the
 * device's AuthN token exists and the browser lands on {@code redirect_url}); 400 {@code text/html} for an unknown
 * or expired registration code or a bad parameter. The IE quirk is accepted: {@code &amp;reg_code=} (and the
 * {@code ®_code} IE makes of {@code &reg_code}).</li>
 * <li>{@code GET /api/v1/authenticate/{regcode}?requestor=[&mso_id&domain_name&redirect_url]} — the undocumented
 * variant some clients (Kodi add-ons) open: the same, with the regcode's MVPD when none is given (the activation
 * page's provider list when the regcode has none either), the requestor's first domain and the activation success
 * page as defaults.</li>
 * <li>{@code POST /api/v1/authenticate/freepreview} (form or query {@code requestor_id, deviceId, mso_id, domain_name,
 * device_info, generic_data}; DCR bearer or signed requestor) — TempPass on v1: 204 and a temporary AuthN token for
 * {@code deviceId}; errors are Enhanced Error Codes in the v1 format (403 {@code temporary_access_…} once the trial
 * is used up).</li>
 * </ul>
 * {@code generic_data} is not used by the browser sign-in (it matters to promotional TempPass only). The browser
 * methods declare no {@code @Produces}: whatever the user agent accepts, it gets the redirect or the HTML page.
 */
@Path("/api/v1/authenticate")
@Tag(name = "REST v1", description = "REST API v1 (clientless) authentication")
public class V1AuthenticateEndpoint {

    private static final String REG_CODE = "reg_code";

    private final StartV1AuthenticationUseCase start;
    private final V1AuthnTokensUseCase tokens;
    private final V1CallerAuthenticator callers;

    V1AuthenticateEndpoint(StartV1AuthenticationUseCase start, V1AuthnTokensUseCase tokens,
            V1CallerAuthenticator callers) {
        this.start = start;
        this.tokens = tokens;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Open in a browser: signs the device of reg_code in at the MVPD (v1)")
    @APIResponse(responseCode = "302", description = "To the MVPD's sign-in page")
    @APIResponse(responseCode = "400", description = "Unknown or expired registration code, or a bad parameter (HTML)")
    public Uni<Response> authenticate(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        String regCode = first(q, REG_CODE, "amp;" + REG_CODE, "\u00AE_code");
        return run(new V1AuthenticateCommand(first(q, "requestor_id"), regCode, first(q, "mso_id"),
                first(q, "domain_name"), first(q, "redirect_url"), false));
    }

    @GET
    @Path("/{regcode: [^/]+}")
    @Operation(summary = "Open in a browser: v1 sign-in of the device of {regcode} (undocumented variant)")
    @APIResponse(responseCode = "302", description = "To the MVPD's sign-in page (or the provider list)")
    @APIResponse(responseCode = "400", description = "Unknown or expired registration code, or a bad parameter (HTML)")
    public Uni<Response> authenticateCode(@RestPath String regcode, @Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        return run(new V1AuthenticateCommand(first(q, "requestor", "requestor_id"), regcode, first(q, "mso_id"),
                first(q, "domain_name"), first(q, "redirect_url"), true));
    }

    @POST
    @Path("/freepreview")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD })
    @Operation(summary = "TempPass on v1: a temporary AuthN token for the device (204)")
    public Uni<Response> freePreview(@RestForm("requestor_id") String formRequestor,
            @RestForm("deviceId") String formDeviceId, @RestForm("mso_id") String formMvpd,
            @RestForm("domain_name") String formDomain, @RestForm("device_info") String formDeviceInfo,
            @RestForm("generic_data") String formGenericData, @Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        String requestor = either(formRequestor, first(q, "requestor_id", "requestor"));
        return callers.requireClient(headers.getHeaderString(HttpHeaders.AUTHORIZATION), "POST", uri.getPath(),
                requestor)
                .invoke(client -> V1Http.checkDeviceInfo(headers, either(formDeviceInfo, first(q, "device_info"))))
                .chain(client -> tokens.freePreview(new FreePreviewCommand(requestor,
                        either(formDeviceId, first(q, "deviceId")), either(formMvpd, first(q, "mso_id")),
                        either(formDomain, first(q, "domain_name")),
                        TempPassIdentityParser.genericData(either(formGenericData, first(q, "generic_data"))))))
                .map(ignored -> Response.noContent().header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    private Uni<Response> run(V1AuthenticateCommand command) {
        return start.start(command)
                .map(result -> WebPages.redirect(302, result.location()))
                .onFailure().recoverWithItem(V1AuthenticateEndpoint::failure);
    }

    private static Response failure(Throwable e) {
        if (e instanceof MvpdLoginException login) {
            return ErrorPages.of(login);
        }
        if (e instanceof EnhancedErrorException bad && bad.error().status() < 500) {
            String details = bad.error().details() != null ? bad.error().details() : bad.error().message();
            return ErrorPages.plain(400, "This sign-in link is not valid", details);
        }
        return ErrorPages.unexpected(e, "/api/v1/authenticate");
    }

    private static String first(MultivaluedMap<String, String> query, String... names) {
        for (String name : names) {
            String value = query.getFirst(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String either(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
