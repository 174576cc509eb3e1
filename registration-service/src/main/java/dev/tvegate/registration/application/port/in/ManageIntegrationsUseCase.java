package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.model.Integration;
import io.smallrye.mutiny.Uni;

/** Admin operations on integrations (service provider × MVPD settings). */
public interface ManageIntegrationsUseCase {

    /** @param created {@code true} when the integration did not exist before */
    record UpsertResult(Integration integration, boolean created) {
    }

    /**
     * Creates or replaces the integration.
     *
     * @throws dev.tvegate.registration.domain.error.NotFoundException if the service provider or the MVPD does not
     *         exist
     * @throws dev.tvegate.registration.domain.error.ValidationException if the settings do not fit the MVPD (e.g.
     *         entitlement mode {@code mvpd-endpoint} for an MVPD without entitlement URL)
     */
    Uni<UpsertResult> upsert(IntegrationCommand command);

    /** @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such integration */
    Uni<Integration> get(String serviceProviderId, String mvpdId);

    /** @throws dev.tvegate.registration.domain.error.NotFoundException if the service provider does not exist */
    Uni<List<Integration>> list(String serviceProviderId);

    /** @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such integration */
    Uni<Void> delete(String serviceProviderId, String mvpdId);
}
