package dev.tvegate.authn.application.port.in;

/**
 * The form parameters of session create and resume (spec §4.2); blank values count as missing.
 *
 * @param mvpd {@code mvpd}
 * @param domainName {@code domainName} (or the spec's ⚠ alias {@code domain})
 * @param redirectUrl {@code redirectUrl}
 */
public record SessionParameters(String mvpd, String domainName, String redirectUrl) {

    public SessionParameters {
        mvpd = blankToNull(mvpd);
        domainName = blankToNull(domainName);
        redirectUrl = blankToNull(redirectUrl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
