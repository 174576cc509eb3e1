package dev.tvegate.drm.application.port.out;

import java.time.YearMonth;
import java.util.OptionalLong;

import io.smallrye.mutiny.Uni;

/** Per-customer monthly token counters (Redis), checked and counted in one atomic step. */
public interface TokenQuotaPort {

    /** @return true if counted; false (nothing counted) if {@code limit} tokens were already issued this month */
    Uni<Boolean> consume(long customerId, YearMonth month, OptionalLong limit);

    /** Gives back one token counted for a request that then failed. */
    Uni<Void> refund(long customerId, YearMonth month);

    /** @return tokens issued to the customer in that month */
    Uni<Long> used(long customerId, YearMonth month);
}
