package dev.tvegate.authn.application.port.in;

/**
 * The query of {@code GET /api/v1/authenticate} (or of the undocumented {@code GET /api/v1/authenticate/{regcode}}).
 *
 * @param requestor {@code requestor_id} ({@code requestor} on the path variant)
 * @param regCode {@code reg_code}
 * @param mvpd {@code mso_id}; on the path variant it may be missing (the regcode's MVPD, else the provider picker)
 * @param domainName {@code domain_name}; on the path variant it may be missing (the requestor's first domain)
 * @param redirectUrl {@code redirect_url}; on the path variant it may be missing (the activation success page)
 * @param lenient whether missing values are filled in (the path variant) rather than refused
 */
public record V1AuthenticateCommand(String requestor, String regCode, String mvpd, String domainName,
        String redirectUrl, boolean lenient) {
}
