package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.MvpdEndpoints;
import dev.tvegate.registration.domain.model.MvpdProtocol;
import dev.tvegate.registration.domain.model.TempPassRule;
import dev.tvegate.registration.domain.service.CatalogueRules;

/**
 * Creates or replaces an MVPD of the catalogue. Built with {@link #of}, which validates and normalises the raw input:
 * an {@code oidc} MVPD needs {@code endpoints.issuer} and {@code endpoints.clientId}; a {@code temppass} MVPD needs a
 * {@code tempPass} rule and has no endpoints. Field names in errors are the JSON paths of the admin API.
 *
 * @param endpoints protocol endpoints ({@link MvpdEndpoints#none()} for TempPass); a {@code null} client secret on an
 *        update keeps the stored one
 */
public record MvpdCommand(String id, String displayName, String logoUrl, MvpdProtocol protocol,
        MvpdEndpoints endpoints, TempPassRule tempPass) {

    /** The raw endpoints as received. */
    public record EndpointsInput(String issuer, String clientId, String clientSecret, List<String> scopes,
            String entitlementUrl, String logoutUrl) {
        boolean isEmpty() {
            return issuer == null && clientId == null && clientSecret == null && (scopes == null || scopes.isEmpty())
                    && entitlementUrl == null && logoutUrl == null;
        }
    }

    /** The raw TempPass rule as received. */
    public record TempPassInput(Long ttlSeconds, Boolean promotional, Long resourceLimit, String identityKey) {
    }

    /** Longest MVPD client secret accepted. */
    public static final int MAX_CLIENT_SECRET_LENGTH = 4096;

    /**
     * Validates raw input.
     *
     * @throws ValidationException naming the first offending field
     */
    public static MvpdCommand of(String id, String displayName, String logoUrl, String protocol,
            EndpointsInput endpoints, TempPassInput tempPass) {
        String validId = CatalogueRules.entityId("id", id);
        String name = CatalogueRules.name("displayName", displayName);
        String logo = CatalogueRules.httpUrl("logoUrl", logoUrl, false);
        MvpdProtocol proto = protocol(protocol);
        return switch (proto) {
            case OIDC -> {
                if (tempPass != null) {
                    throw new ValidationException("tempPass", "tempPass is only allowed for protocol temppass");
                }
                yield new MvpdCommand(validId, name, logo, proto, oidcEndpoints(endpoints), null);
            }
            case TEMPPASS -> {
                if (endpoints != null && !endpoints.isEmpty()) {
                    throw new ValidationException("endpoints", "a temppass MVPD has no protocol endpoints");
                }
                if (tempPass == null) {
                    throw new ValidationException("tempPass", "tempPass is required for protocol temppass");
                }
                yield new MvpdCommand(validId, name, logo, proto, MvpdEndpoints.none(), tempPassRule(tempPass));
            }
        };
    }

    private static MvpdProtocol protocol(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("protocol", "protocol is required (oidc or temppass)");
        }
        try {
            return MvpdProtocol.fromWire(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("protocol", e.getMessage());
        }
    }

    private static MvpdEndpoints oidcEndpoints(EndpointsInput in) {
        if (in == null) {
            throw new ValidationException("endpoints", "endpoints (issuer, clientId, …) are required for protocol oidc");
        }
        String secret = in.clientSecret();
        if (secret != null && (secret.isEmpty() || secret.length() > MAX_CLIENT_SECRET_LENGTH)) {
            throw new ValidationException("endpoints.clientSecret",
                    "endpoints.clientSecret must be 1 to " + MAX_CLIENT_SECRET_LENGTH + " characters when given");
        }
        List<String> scopes = CatalogueRules.scopes("endpoints.scopes", in.scopes());
        return new MvpdEndpoints(CatalogueRules.httpUrl("endpoints.issuer", in.issuer(), true),
                CatalogueRules.clientId("endpoints.clientId", in.clientId()), secret,
                scopes.isEmpty() ? List.of("openid") : scopes,
                CatalogueRules.httpUrl("endpoints.entitlementUrl", in.entitlementUrl(), false),
                CatalogueRules.httpUrl("endpoints.logoutUrl", in.logoutUrl(), false));
    }

    private static TempPassRule tempPassRule(TempPassInput in) {
        if (in.ttlSeconds() == null) {
            throw new ValidationException("tempPass.ttlSeconds", "tempPass.ttlSeconds is required");
        }
        long ttl = CatalogueRules.range("tempPass.ttlSeconds", in.ttlSeconds(), CatalogueRules.TEMPPASS_TTL_MIN,
                CatalogueRules.TEMPPASS_TTL_MAX, 0);
        long limit = CatalogueRules.range("tempPass.resourceLimit", in.resourceLimit(), 0, Integer.MAX_VALUE, 0);
        boolean promotional = Boolean.TRUE.equals(in.promotional());
        String identityKey = null;
        if (promotional) {
            identityKey = CatalogueRules.token("tempPass.identityKey", in.identityKey());
        } else if (in.identityKey() != null) {
            throw new ValidationException("tempPass.identityKey",
                    "tempPass.identityKey is only used by promotional TempPass");
        }
        return new TempPassRule(ttl, promotional, (int) limit, identityKey);
    }

    /** @return the MVPD; {@code storedSecret} is kept when this command carries no client secret */
    public Mvpd toMvpd(String storedSecret) {
        MvpdEndpoints e = endpoints;
        if (protocol == MvpdProtocol.OIDC && !e.hasClientSecret() && storedSecret != null) {
            e = new MvpdEndpoints(e.issuer(), e.clientId(), storedSecret, e.scopes(), e.entitlementUrl(),
                    e.logoutUrl());
        }
        return new Mvpd(id, displayName, logoUrl, protocol, e, tempPass);
    }
}
