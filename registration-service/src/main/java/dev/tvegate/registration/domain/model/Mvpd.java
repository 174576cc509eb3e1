package dev.tvegate.registration.domain.model;

/**
 * An entry of the MVPD catalogue (a TV provider / identity provider), shared by all service providers; it becomes
 * visible to a service provider through an {@link Integration}.
 *
 * @param tempPass the TempPass rule when this is a TempPass pseudo-MVPD, else {@code null}
 */
public record Mvpd(String id, String displayName, String logoUrl, MvpdProtocol protocol, MvpdEndpoints endpoints,
        TempPassRule tempPass) {
    public boolean isTempPass() {
        return tempPass != null;
    }
}
