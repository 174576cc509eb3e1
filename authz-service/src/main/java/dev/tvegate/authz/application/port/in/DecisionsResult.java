package dev.tvegate.authz.application.port.in;

import java.util.List;

import dev.tvegate.authz.domain.model.Decision;

/** The {@code decisions} of one request, in request order. */
public record DecisionsResult(List<Decision> decisions) {
    public DecisionsResult {
        decisions = List.copyOf(decisions);
    }
}
