package dev.tvegate.authz.adapter.in.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledPathsTest {

    @Test
    void the_spec_paths_of_authz_are_throttled_and_keys_health_and_internal_are_not() {
        assertThat(ThrottleFilter.throttled("/api/v2/REF30/decisions/authorize/Cablevision")).isTrue();
        assertThat(ThrottleFilter.throttled("/api/v2/REF30/decisions/preauthorize/Cablevision")).isTrue();
        assertThat(ThrottleFilter.throttled("/api/v1/authorize")).isTrue();
        assertThat(ThrottleFilter.throttled("/api/v1/authorize.json")).isTrue();
        assertThat(ThrottleFilter.throttled("/api/v1/preauthorize")).isTrue();
        assertThat(ThrottleFilter.throttled("/api/v1/tokens/authz")).isTrue();
        assertThat(ThrottleFilter.throttled("/api/v1/tokens/media.xml")).isTrue();
        assertThat(ThrottleFilter.throttled("/api/v1/mediatoken")).isTrue();
        assertThat(ThrottleFilter.throttled("/.well-known/media-token-jwks.json")).isFalse();
        assertThat(ThrottleFilter.throttled("/q/health")).isFalse();
        assertThat(ThrottleFilter.throttled("/internal/v1/anything")).isFalse();
    }
}
