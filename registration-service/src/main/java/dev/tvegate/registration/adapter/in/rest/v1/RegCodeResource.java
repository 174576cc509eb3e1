package dev.tvegate.registration.adapter.in.rest.v1;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.kernel.device.DeviceInfo;
import dev.tvegate.kernel.device.DeviceInfoKeys;
import dev.tvegate.kernel.device.DeviceInfoRules;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.error.V1StatusError;
import dev.tvegate.registration.adapter.in.rest.auth.LegacyRequestAuthenticator;
import dev.tvegate.registration.application.port.in.CreateRegCodeCommand;
import dev.tvegate.registration.application.port.in.ManageRegCodesUseCase;
import dev.tvegate.registration.domain.model.Caller;
import io.smallrye.mutiny.Uni;

/**
 * REST v1 registration codes (spec §6.2): {@code POST /reggie/v1/{requestor}/regcode},
 * {@code GET|DELETE /reggie/v1/{requestor}/regcode/{code}}, each also with a {@code .json}/{@code .xml} suffix. The
 * response format follows {@code format} (query or form), the suffix, then {@code Accept}; XML by default. Callers
 * authenticate with a DCR bearer token covering the requestor (or scope {@code internal}) or the legacy signed
 * requestor header.
 */
@Path("/reggie/v1/{requestor}")
@Tag(name = "REST v1")
public class RegCodeResource {

    private static final String FORMAT = "{suffix: (\\.json|\\.xml)?}";
    /** Larger form bodies are refused: a regcode request is well under 1 KiB plus the device info. */
    private static final int MAX_BODY_CHARS = 16 * 1024;

    private final ManageRegCodesUseCase useCase;
    private final LegacyRequestAuthenticator authenticator;

    public RegCodeResource(ManageRegCodesUseCase useCase, LegacyRequestAuthenticator authenticator) {
        this.useCase = useCase;
        this.authenticator = authenticator;
    }

    @POST
    @Path("regcode" + FORMAT)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create a registration code (v1)")
    public Uni<Response> create(@PathParam("requestor") String requestor, @PathParam("suffix") String suffix,
            @Context HttpHeaders headers, @Context UriInfo uri, String body) {
        Map<String, String> form = parameters(headers, uri, body);
        ResponseFormat format;
        try {
            format = ResponseFormat.resolve(headers.getHeaderString(HttpHeaders.ACCEPT), form.get("format"),
                    suffix(suffix));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(V1Responses.status(V1StatusError.badRequest(e.getMessage()),
                    ResponseFormat.DEFAULT));
        }
        String path = uri.getPath();
        return authenticate(headers, "POST", requestor, path, "/regcode", suffix)
                .map(caller -> command(requestor, form, headers, caller))
                .onItem().transformToUni(useCase::create)
                .map(regCode -> V1Responses.ok(201, format, RegCodeViews.render(regCode, format)))
                .onFailure(V1Responses::isExpected).recoverWithItem(e -> V1Responses.error(e, format, path));
    }

    @GET
    @Path("regcode/{code: [^/.]+}" + FORMAT)
    @Operation(summary = "Read a registration code (v1)")
    public Uni<Response> get(@PathParam("requestor") String requestor, @PathParam("code") String code,
            @PathParam("suffix") String suffix, @Context HttpHeaders headers, @Context UriInfo uri) {
        ResponseFormat format = format(headers, uri, suffix);
        if (format == null) {
            return conflictingFormats();
        }
        String path = uri.getPath();
        return authenticate(headers, "GET", requestor, path, "/regcode/" + code, suffix)
                .onItem().transformToUni(caller -> useCase.get(requestor, code))
                .map(regCode -> V1Responses.ok(200, format, RegCodeViews.render(regCode, format)))
                .onFailure(V1Responses::isExpected).recoverWithItem(e -> V1Responses.error(e, format, path));
    }

    @DELETE
    @Path("regcode/{code: [^/.]+}" + FORMAT)
    @Operation(summary = "Delete a registration code (v1)")
    public Uni<Response> delete(@PathParam("requestor") String requestor, @PathParam("code") String code,
            @PathParam("suffix") String suffix, @Context HttpHeaders headers, @Context UriInfo uri) {
        ResponseFormat format = format(headers, uri, suffix);
        if (format == null) {
            return conflictingFormats();
        }
        String path = uri.getPath();
        return authenticate(headers, "DELETE", requestor, path, "/regcode/" + code, suffix)
                .onItem().transformToUni(caller -> useCase.delete(requestor, code))
                .map(ignored -> Response.noContent().build())
                .onFailure(V1Responses::isExpected).recoverWithItem(e -> V1Responses.error(e, format, path));
    }

    /**
     * A legacy signature may name the full path or, as older clients do, the path below the requestor (e.g.
     * {@code /regcode}); either with or without the format suffix.
     */
    private Uni<Caller> authenticate(HttpHeaders headers, String method, String requestor, String path,
            String resourcePath, String suffix) {
        String s = nullToEmpty(suffix);
        String bare = s.isEmpty() ? path : path.substring(0, path.length() - s.length());
        Set<String> accepted = Set.copyOf(List.of(path, bare, resourcePath, resourcePath + s));
        return authenticator.requireV1Caller(headers.getHeaderString(HttpHeaders.AUTHORIZATION), method, requestor,
                accepted);
    }

    private static CreateRegCodeCommand command(String requestor, Map<String, String> form, HttpHeaders headers,
            Caller caller) {
        String userAgent = headers.getHeaderString(HttpHeaders.USER_AGENT);
        String deviceInfoValue = firstNonBlank(headers.getHeaderString("X-Device-Info"), form.get("device_info"));
        DeviceInfo deviceInfo = deviceInfoValue == null ? DeviceInfo.empty()
                : DeviceInfo.parse(deviceInfoValue, DeviceInfoRules.V1);
        // Explicit values win; the backend merges what it can extract itself (spec §3.2).
        deviceInfo = deviceInfo.withDefault(DeviceInfoKeys.USER_AGENT, userAgent)
                .withDefault(DeviceInfoKeys.CONNECTION_IP, clientIp(headers));
        String authorizationType = caller.clientId().startsWith("legacy:") ? "SIGNED_REQUESTOR" : "OAUTH2";
        return new CreateRegCodeCommand(requestor, form.get("deviceId"), form.get("deviceType"),
                form.get("deviceUser"), form.get("appId"), form.get("appVersion"), form.get("mvpd"),
                CreateRegCodeCommand.ttl(form.get("ttl")), form.get("registrationURL"),
                deviceInfo.isEmpty() ? null : deviceInfo.toBase64Json(), userAgent, authorizationType);
    }

    /** Query parameters overlaid by the form body (lenient: the first value of a repeated parameter wins). */
    private static Map<String, String> parameters(HttpHeaders headers, UriInfo uri, String body) {
        Map<String, String> values = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                values.put(k, v.get(0));
            }
        });
        MediaType type = headers.getMediaType();
        if (body != null && !body.isEmpty() && type != null
                && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            if (body.length() > MAX_BODY_CHARS) {
                throw new jakarta.ws.rs.WebApplicationException(413);
            }
            Map<String, String> form = new HashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (pair.isEmpty() || eq == 0) {
                    continue;
                }
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    form.putIfAbsent(name, value);
                } catch (IllegalArgumentException e) {
                    // a malformed pair is ignored; a missing required parameter is reported by name
                }
            }
            values.putAll(form);
        }
        return values;
    }

    private static ResponseFormat format(HttpHeaders headers, UriInfo uri, String suffix) {
        try {
            return ResponseFormat.resolve(headers.getHeaderString(HttpHeaders.ACCEPT),
                    uri.getQueryParameters().getFirst("format"), suffix(suffix));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Uni<Response> conflictingFormats() {
        return Uni.createFrom().item(V1Responses.status(V1StatusError.badRequest(
                "Conflicting or unsupported response format (format parameter, path suffix)"),
                ResponseFormat.DEFAULT));
    }

    /** The first entry of {@code X-Forwarded-For}: the device's public IP as forwarded by a partner server. */
    static String clientIp(HttpHeaders headers) {
        String xff = headers.getHeaderString("X-Forwarded-For");
        if (xff == null || xff.isBlank()) {
            return null;
        }
        String first = xff.split(",", 2)[0].strip();
        return first.isEmpty() || first.length() > 64 ? null : first;
    }

    private static String suffix(String suffix) {
        return suffix == null || suffix.isEmpty() ? null : suffix.substring(1);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
