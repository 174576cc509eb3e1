package dev.tvegate.registration.adapter.in.rest.config;

import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.tvegate.kernel.device.DeviceIdentifier;
import dev.tvegate.kernel.device.DeviceInfo;
import dev.tvegate.kernel.device.DeviceInfoRules;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.application.port.in.GetConfigurationUseCase;
import dev.tvegate.registration.application.port.in.ServiceProviderConfiguration;
import dev.tvegate.registration.application.port.in.ServiceProviderConfiguration.IntegratedMvpd;
import dev.tvegate.registration.domain.model.Mvpd;
import io.smallrye.mutiny.Uni;

/** {@code GET /api/v2/{serviceProvider}/configuration} (spec §4.1): the MVPDs a service provider offers. */
@Path("/api/v2/{serviceProvider}/configuration")
@Tag(name = "REST API v2", description = "Adobe Pass REST API v2 compatible endpoints")
public class ConfigurationResource {

    static final String JSON_UTF8 = "application/json;charset=UTF-8";

    private final GetConfigurationUseCase configuration;
    private final BearerAuthenticator auth;
    private final Clock clock;

    public ConfigurationResource(GetConfigurationUseCase configuration, BearerAuthenticator auth) {
        this.configuration = configuration;
        this.auth = auth;
        this.clock = Clock.systemUTC();
    }

    /**
     * Order of checks: a valid access token (else 401 {@code invalid_access_token_client_application}); well-formed
     * device headers when present (400); a known service provider (400
     * {@code invalid_parameter_service_provider}); a token valid for that service provider (401
     * {@code invalid_access_token_service_provider}).
     */
    @GET
    @Produces(JSON_UTF8)
    @Operation(summary = "Retrieve the configuration (MVPD list) of a service provider [V2-CFG]")
    public Uni<RestResponse<V2ConfigurationResponse>> get(@PathParam("serviceProvider") String serviceProvider,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("AP-Device-Identifier") String deviceIdentifier,
            @HeaderParam("X-Device-Info") String deviceInfoHeader,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        if (auth.authenticate(authorization).isEmpty()) {
            throw new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION);
        }
        if (deviceIdentifier != null) {
            DeviceIdentifier.parse(deviceIdentifier);
        }
        DeviceInfo deviceInfo = deviceInfoHeader == null ? DeviceInfo.empty()
                : DeviceInfo.parse(deviceInfoHeader, DeviceInfoRules.V2);
        ClientDescription client = ClientDescription.of(deviceInfo, userAgent);
        return configuration.publicConfiguration(serviceProvider).map(found -> {
            ServiceProviderConfiguration config = found.orElseThrow(
                    () -> new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_SERVICE_PROVIDER,
                            "Unknown service provider '" + ConfigViews.printable(serviceProvider) + "'."));
            auth.requireV2Caller(authorization, serviceProvider);
            return RestResponse.ResponseBuilder.ok(body(config, client)).type(JSON_UTF8).build();
        });
    }

    private V2ConfigurationResponse body(ServiceProviderConfiguration config, ClientDescription client) {
        List<V2ConfigurationResponse.MvpdEntry> mvpds = config.mvpds().stream().map(ConfigurationResource::entry)
                .toList();
        List<V2ConfigurationResponse.Domain> domains = config.serviceProvider().domains().stream()
                .map(d -> new V2ConfigurationResponse.Domain(d, false)).toList();
        var requestor = new V2ConfigurationResponse.Requestor(config.serviceProvider().id(),
                config.serviceProvider().name(), domains, mvpds);
        return new V2ConfigurationResponse(client.device(), client.clientType(), client.os(), requestor, mvpds,
                clock.millis());
    }

    private static V2ConfigurationResponse.MvpdEntry entry(IntegratedMvpd integrated) {
        Mvpd m = integrated.mvpd();
        // TempPass needs authentication per requestor (spec §8.3), hence authPerAggregator; no platform SSO yet
        return new V2ConfigurationResponse.MvpdEntry(m.id(), m.displayName(), m.logoUrl(), m.isTempPass(), false,
                m.isTempPass(), false, true, false);
    }
}
