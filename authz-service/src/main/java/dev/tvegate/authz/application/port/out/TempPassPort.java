package dev.tvegate.authz.application.port.out;

import dev.tvegate.authz.domain.model.TempPassAnswer;
import io.smallrye.mutiny.Uni;

/** authn-service's internal TempPass operations (the trial clock starts at the first authorization). */
public interface TempPassPort {
    /**
     * Finds (or starts) the device's trial and counts {@code resource} against it. Never fails: errors, including
     * authn being unreachable, come back as the answer's item-level error.
     *
     * @param identity the raw {@code AP-TempPass-Identity} / v1 {@code generic_data}, may be null
     * @param resource the resource identifier (plain id, or the item guid / channel extracted from MRSS)
     */
    Uni<TempPassAnswer> authorize(String serviceProvider, String mvpd, String deviceId, String identity,
            String resource);
}
