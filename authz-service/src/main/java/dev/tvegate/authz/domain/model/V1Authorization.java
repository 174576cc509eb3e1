package dev.tvegate.authz.domain.model;

/**
 * A REST v1 AuthZ token (spec §6.3): what {@code /api/v1/authorize} granted, read back by {@code /tokens/authz} and
 * {@code /tokens/media}.
 *
 * @param requestor the SP
 * @param resource the resource as requested
 * @param mvpd the MVPD
 * @param proxyMvpd its proxy, may be null
 * @param sessionGuid the user session GUID for media tokens
 * @param notAfter expiry, epoch ms
 */
public record V1Authorization(String requestor, String resource, String mvpd, String proxyMvpd, String sessionGuid,
        long notAfter) {
}
