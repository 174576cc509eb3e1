package dev.tvegate.authz.adapter.in.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import dev.tvegate.authz.application.port.in.DecisionsResult;
import dev.tvegate.authz.domain.model.Decision;
import dev.tvegate.authz.domain.model.MediaToken;
import dev.tvegate.kernel.error.ErrorRendering;

/** The JSON of spec §4.7: {@code {"decisions":[…]}}, absent members omitted. */
public record DecisionViews(List<DecisionView> decisions) {

    public static DecisionViews of(DecisionsResult result) {
        return new DecisionViews(result.decisions().stream().map(DecisionView::of).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "resource", "serviceProvider", "mvpd", "source", "authorized", "token", "notBefore",
            "notAfter", "error" })
    public record DecisionView(String resource, String serviceProvider, String mvpd, String source,
            boolean authorized, TokenView token, Long notBefore, Long notAfter, JsonNode error) {

        static DecisionView of(Decision d) {
            return new DecisionView(d.resource(), d.serviceProvider(), d.mvpd(), d.source().wire(), d.authorized(),
                    d.token() == null ? null : TokenView.of(d.token()), d.notBefore(), d.notAfter(),
                    d.error() == null ? null : ErrorRendering.toJsonNode(d.error()));
        }
    }

    @JsonPropertyOrder({ "notBefore", "notAfter", "serializedToken" })
    public record TokenView(long notBefore, long notAfter, String serializedToken) {
        static TokenView of(MediaToken t) {
            return new TokenView(t.notBefore(), t.notAfter(), t.serializedToken());
        }
    }
}
