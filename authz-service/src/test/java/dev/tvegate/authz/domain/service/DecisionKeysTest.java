package dev.tvegate.authz.domain.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionKeysTest {

    @Test
    void the_cache_key_covers_sp_mvpd_user_and_resource_and_hides_them() {
        String key = DecisionKeys.decisionKey("REF30", "Cablevision", "user-1", "REF30");
        assertThat(key).matches("[0-9a-f]{64}").doesNotContain("user-1");
        assertThat(key).isEqualTo(DecisionKeys.decisionKey("REF30", "Cablevision", "user-1", "REF30"));
        assertThat(key).isNotEqualTo(DecisionKeys.decisionKey("OTHER", "Cablevision", "user-1", "REF30"))
                .isNotEqualTo(DecisionKeys.decisionKey("REF30", "Comcast", "user-1", "REF30"))
                .isNotEqualTo(DecisionKeys.decisionKey("REF30", "Cablevision", "user-2", "REF30"))
                .isNotEqualTo(DecisionKeys.decisionKey("REF30", "Cablevision", "user-1", "REF40"));
        // field boundaries cannot be shifted
        assertThat(DecisionKeys.decisionKey("A", "B", "C\nD", "E"))
                .isNotEqualTo(DecisionKeys.decisionKey("A", "B", "C", "D\nE"));
    }

    @Test
    void batch_keys_equal_the_single_keys() {
        java.util.List<String> resources = java.util.List.of("REF30", "é-ünïcode 😀", "", "<rss><channel/></rss>", "REF30");
        java.util.List<String> keys = DecisionKeys.decisionKeys("REF30", "Cablevision", "user-1", resources);
        assertThat(keys).hasSize(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            assertThat(keys.get(i)).isEqualTo(DecisionKeys.decisionKey("REF30", "Cablevision", "user-1", resources.get(i)));
        }
        assertThat(DecisionKeys.decisionKeys("A", "B", null, java.util.List.of("x")))
                .containsExactly(DecisionKeys.decisionKey("A", "B", null, "x"));
    }

    @Test
    void the_session_guid_is_stable_per_profile_and_not_the_user_id() {
        String sid = DecisionKeys.sessionGuid("REF30", "Cablevision", "user-1", 1000);
        assertThat(sid).hasSize(32).doesNotContain("user-1");
        assertThat(sid).isEqualTo(DecisionKeys.sessionGuid("REF30", "Cablevision", "user-1", 1000))
                .isNotEqualTo(DecisionKeys.sessionGuid("REF30", "Cablevision", "user-1", 2000));
    }
}
