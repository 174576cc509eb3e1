package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * The TempPass operations authz-service needs (internal API, spec §8.3): start (or read) the trial of a first
 * authorization, and count a resource against a promotional trial's limit.
 */
public interface ManageTempPassTrialsUseCase {

    /**
     * Finds the request's trial under the matching rules (creating it if there is none) and starts its clock if it
     * has not started.
     *
     * @return the trial; its {@code state} says whether it may still be used
     * @throws dev.tvegate.kernel.error.EnhancedErrorException 400 {@code invalid_parameter_service_provider},
     *         {@code invalid_parameter_mvpd} (not an enabled TempPass integration),
     *         {@code invalid_header_identity_for_temporary_access}; 500 {@code invalid_configuration_temporary_access}
     */
    Uni<TempPassTrialResult> startOrRead(TempPassTrialCommand command);

    /**
     * As {@link #startOrRead}, then counts {@code command.resource()}: refused once the trial expired, or when the
     * resource is new and the limit is reached.
     */
    Uni<TempPassTrialResult> countResource(TempPassTrialCommand command);
}
