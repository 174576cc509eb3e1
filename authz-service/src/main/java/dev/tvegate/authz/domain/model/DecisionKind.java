package dev.tvegate.authz.domain.model;

/** Authorize (gates playback, issues a media token) or preauthorize (informative, spec §4.7). */
public enum DecisionKind {
    AUTHORIZE,
    PREAUTHORIZE
}
