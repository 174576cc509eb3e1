package dev.tvegate.registration.adapter.in.rest.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.error.V1StatusError;
import dev.tvegate.kernel.xml.XmlEscaper;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.adapter.in.rest.auth.LegacyRequestAuthenticator;
import dev.tvegate.registration.application.port.in.GetConfigurationUseCase;
import dev.tvegate.registration.application.port.in.ServiceProviderConfiguration;
import dev.tvegate.registration.domain.model.Mvpd;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * {@code GET /api/v1/config/{requestor}} (spec §6.2 [V1-CFG]): the MVPD list of a requestor in XML (default) or JSON,
 * chosen by {@code format=}, a {@code .xml}/{@code .json} suffix, or {@code Accept}. The deprecated
 * {@code deviceType} parameter is accepted and ignored. Callers authenticate with a DCR bearer token or the legacy
 * signed-requestor header ({@link LegacyRequestAuthenticator}).
 */
@Path("/api/v1/config/{requestor}")
@Tag(name = "REST API v1", description = "Adobe Pass REST API v1 (clientless) compatible endpoints")
public class V1ConfigResource {

    /** Platform-SSO boarding status (spec §4.1): no platform SSO yet, so every MVPD is plainly supported. */
    static final String BOARDING_STATUS = "SUPPORTED";

    private final GetConfigurationUseCase configuration;
    private final BearerAuthenticator auth;
    private final LegacyRequestAuthenticator legacy;

    public V1ConfigResource(GetConfigurationUseCase configuration, BearerAuthenticator auth,
            LegacyRequestAuthenticator legacy) {
        this.configuration = configuration;
        this.auth = auth;
        this.legacy = legacy;
    }

    /** JSON body: {@code {"requestor":{"id","name"},"mvpds":{"mvpd":[…]}}}. */
    @RegisterForReflection
    public record JsonBody(Requestor requestor, Mvpds mvpds) {
        @RegisterForReflection
        public record Requestor(String id, String name) {
        }

        @RegisterForReflection
        public record Mvpds(List<MvpdEntry> mvpd) {
        }

        @RegisterForReflection
        public record MvpdEntry(String id, String displayName, String logoUrl,
                @JsonProperty("isTempPass") boolean isTempPass, String boardingStatus) {
        }
    }

    /**
     * Order of checks: a valid bearer token or legacy signature (else 401 {@code invalid_access_token_client_application});
     * a known requestor (400 {@code invalid_requestor}); a bearer token covering that requestor (401
     * {@code invalid_access_token_service_provider}). Errors come in the format the client chose.
     */
    @GET
    @Produces({ "application/xml", "application/json", "text/xml", "*/*" })
    @Operation(summary = "Provide the MVPD list of a requestor [V1-CFG]")
    public Uni<Response> get(@PathParam("requestor") String requestorPath, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
        String suffix = null;
        String requestor = requestorPath;
        String lower = requestorPath.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".xml")) {
            int dot = requestorPath.lastIndexOf('.');
            suffix = requestorPath.substring(dot + 1);
            requestor = requestorPath.substring(0, dot);
        }
        ResponseFormat responseFormat;
        try {
            responseFormat = ResponseFormat.resolve(accept, format, suffix);
        } catch (IllegalArgumentException e) {
            V1StatusError error = V1StatusError.badRequest(e.getMessage());
            return Uni.createFrom().item(Response.status(400).type(ResponseFormat.XML.mediaTypeWithCharset())
                    .entity(ErrorRendering.XML_DECLARATION + error.toXml()).build());
        }
        String id = requestor;
        String path = uri.getPath();
        Set<String> signedPaths = Set.copyOf(List.of(path, "/api/v1/config/" + id, "/config/" + id));
        boolean bearer = BearerAuthenticator.bearerToken(authorization).isPresent();
        Uni<Void> authenticated;
        if (bearer) {
            authenticated = auth.authenticate(authorization).isPresent() ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(
                            new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION));
        } else {
            // a legacy signature is checked once only: its nonce cannot be presented twice
            authenticated = legacy.requireV1Caller(authorization, "GET", id, signedPaths).replaceWithVoid();
        }
        return authenticated.chain(() -> configuration.publicConfiguration(id)).chain(found -> {
            ServiceProviderConfiguration config = found.orElseThrow(() -> new EnhancedErrorException(
                    ErrorCode.INVALID_REQUESTOR, "Unknown requestor '" + ConfigViews.printable(id) + "'."));
            Uni<?> covered = bearer ? legacy.requireV1Caller(authorization, "GET", id, signedPaths)
                    : Uni.createFrom().voidItem();
            return covered.map(ignored -> Response
                    .ok(responseFormat == ResponseFormat.XML ? xml(config) : json(config))
                    .type(responseFormat.mediaTypeWithCharset()).build());
        });
    }

    static JsonBody json(ServiceProviderConfiguration config) {
        List<JsonBody.MvpdEntry> entries = config.mvpds().stream().map(i -> {
            Mvpd m = i.mvpd();
            return new JsonBody.MvpdEntry(m.id(), m.displayName(), m.logoUrl(), m.isTempPass(), BOARDING_STATUS);
        }).toList();
        return new JsonBody(
                new JsonBody.Requestor(config.serviceProvider().id(), config.serviceProvider().name()),
                new JsonBody.Mvpds(entries));
    }

    static String xml(ServiceProviderConfiguration config) {
        StringBuilder xml = new StringBuilder(512).append(ErrorRendering.XML_DECLARATION).append("<config>")
                .append("<requestor>");
        element(xml, "id", config.serviceProvider().id());
        element(xml, "name", config.serviceProvider().name());
        xml.append("</requestor><mvpds>");
        for (var integrated : config.mvpds()) {
            Mvpd m = integrated.mvpd();
            xml.append("<mvpd>");
            element(xml, "id", m.id());
            element(xml, "displayName", m.displayName());
            element(xml, "logoUrl", m.logoUrl());
            element(xml, "isTempPass", Boolean.toString(m.isTempPass()));
            element(xml, "boardingStatus", BOARDING_STATUS);
            xml.append("</mvpd>");
        }
        return xml.append("</mvpds></config>").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(XmlEscaper.escape(value)).append("</").append(name)
                    .append('>');
        }
    }
}
