package dev.tvegate.authn.application.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.tvegate.authn.application.port.in.DeviceHeaders;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.domain.model.DeviceContext;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.device.DeviceIdentifier;
import dev.tvegate.kernel.device.DeviceInfo;
import dev.tvegate.kernel.device.DeviceInfoKeys;
import dev.tvegate.kernel.device.DeviceInfoRules;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.id.Identifiers;
import io.smallrye.mutiny.Uni;

/**
 * The checks the v2 endpoints share, each failing with the Enhanced Error Code of spec §5 and a {@code details} text
 * that tells the developer what to fix.
 */
final class Requests {

    private static final int MAX_URL_CHARS = 2048;

    private Requests() {
    }

    /** @return the SP's configuration; fails with {@code invalid_parameter_service_provider} if it does not exist */
    static Uni<SpConfiguration> serviceProvider(ConfigurationPort configuration, String serviceProvider) {
        return configuration.find(serviceProvider).map(found -> found.orElseThrow(() -> new EnhancedErrorException(
                ErrorCode.INVALID_PARAMETER_SERVICE_PROVIDER,
                "Unknown service provider '" + printable(serviceProvider) + "'.")));
    }

    /**
     * The device of a request. {@code AP-Device-Identifier} is required where the spec's header matrix marks it so
     * (create, profiles, logout). {@code X-Device-Info} is validated when present; when absent (browsers may omit it,
     * spec §3.2) the device info is derived from {@code User-Agent} and the client IP. Explicit values always win over
     * derived ones.
     */
    static DeviceContext device(DeviceHeaders headers) {
        DeviceIdentifier id = DeviceIdentifier.parse(headers.deviceIdentifier());
        DeviceInfo info = headers.deviceInfo() == null || headers.deviceInfo().isBlank() ? DeviceInfo.empty()
                : DeviceInfo.parse(headers.deviceInfo(), DeviceInfoRules.V2);
        info = info.withDefault(DeviceInfoKeys.USER_AGENT, headers.userAgent())
                .withDefault(DeviceInfoKeys.CONNECTION_IP, headers.ipAddress());
        return new DeviceContext(id.deviceId(), info.isEmpty() ? null : info.toBase64Json(), headers.userAgent(),
                headers.ipAddress());
    }

    /** @return the enabled integration; {@code invalid_parameter_mvpd} if the MVPD has none with this SP */
    static IntegrationConfig enabledIntegration(SpConfiguration config, String mvpd) {
        if (!Identifiers.isValidEntityId(mvpd)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_MVPD,
                    "'" + printable(mvpd) + "' is not a valid MVPD id.");
        }
        return config.enabledIntegration(mvpd).orElseThrow(() -> new EnhancedErrorException(
                ErrorCode.INVALID_PARAMETER_MVPD, "MVPD '" + mvpd + "' has no active integration with service provider '"
                        + config.serviceProvider().id() + "'."));
    }

    /**
     * A {@code domainName} that is not one of the SP's registered domains. The spec has no code of its own for it;
     * the domains belong to the service provider's registration (spec §8.1), so the closest code is
     * {@code invalid_parameter_service_provider}, with details naming the domain.
     */
    static String domain(SpConfiguration config, String domainName) {
        if (!config.serviceProvider().hasDomain(domainName)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_SERVICE_PROVIDER,
                    "Domain '" + printable(domainName) + "' is not registered for service provider '"
                            + config.serviceProvider().id() + "'.");
        }
        return domainName.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the URL; {@code invalid_parameter_redirect_url} unless it is an absolute http(s) URL with a host */
    static String redirectUrl(String redirectUrl) {
        if (redirectUrl == null || redirectUrl.isBlank()) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_REDIRECT_URL,
                    "The redirectUrl parameter is required.");
        }
        if (!isAbsoluteHttpUrl(redirectUrl)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_REDIRECT_URL,
                    "The redirectUrl must be an absolute http or https URL.");
        }
        return redirectUrl;
    }

    static boolean isAbsoluteHttpUrl(String value) {
        if (value == null || value.length() > MAX_URL_CHARS) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** @return the normalised code; {@code invalid_parameter_code} if it cannot be one of ours */
    static String code(CodeGenerator generator, String typed) {
        String code = CodeGenerator.normalize(typed);
        if (!generator.isWellFormed(code)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_CODE,
                    "An authentication code has " + generator.length() + " letters.");
        }
        return code;
    }

    static EnhancedErrorException unknownSession() {
        return new EnhancedErrorException(ErrorCode.INVALID_AUTHENTICATION_SESSION,
                "The authentication code is unknown or has expired; start a new session.");
    }

    /** @return the value, truncated and stripped of control characters, for error details */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
