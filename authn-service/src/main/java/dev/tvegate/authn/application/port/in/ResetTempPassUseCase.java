package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/** The TempPass reset API of spec §8.3 (scope {@code admin}). */
public interface ResetTempPassUseCase {

    /**
     * @return how many trials were deleted
     * @throws dev.tvegate.kernel.error.EnhancedErrorException 400 when the SP or MVPD is missing, unknown, or not a
     *         TempPass MVPD of the SP
     */
    Uni<Long> reset(ResetTempPassCommand command);
}
