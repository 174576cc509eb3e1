package dev.tvegate.authn.application.port.in;

import dev.tvegate.authn.domain.model.TempPassIdentity;

/**
 * {@code POST /api/v1/authenticate/freepreview} (spec §6.2, §6.4).
 *
 * @param requestor {@code requestor_id}
 * @param deviceId {@code deviceId}
 * @param mvpd {@code mso_id}: a TempPass MVPD
 * @param domainName {@code domain_name}, may be null
 * @param identity {@code generic_data} decoded (promotional TempPass)
 */
public record FreePreviewCommand(String requestor, String deviceId, String mvpd, String domainName,
        TempPassIdentity identity) {
}
