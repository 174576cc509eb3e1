package dev.tvegate.authn.domain.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tvegate.authn.domain.model.TempPassIdentity;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.authn.domain.model.TempPassTrial.State;
import dev.tvegate.authn.domain.service.TrialMatching.Rule;
import dev.tvegate.kernel.error.EnhancedErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The TempPass rules of spec §8.3 as plain functions: trial matching, expiry and limits, identity hashes. */
class TempPassRulesTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void newHashAndNewDeviceStartANewTrialLinkedToBoth() {
        var m = TrialMatching.match(NONE, NONE, true);
        assertThat(m.rule()).isEqualTo(Rule.NEW_TRIAL);
        assertThat(m.trialId()).isNull();
        assertThat(m.linkDevice()).isTrue();
        assertThat(m.linkIdentity()).isTrue();
    }

    @Test
    void anExistingHashOnANewDeviceUsesTheHashsTrialAndLinksTheDevice() {
        var m = TrialMatching.match(NONE, Optional.of("T-hash"), true);
        assertThat(m.rule()).isEqualTo(Rule.BY_IDENTITY);
        assertThat(m.trialId()).isEqualTo("T-hash");
        assertThat(m.linkDevice()).isTrue();
        assertThat(m.linkIdentity()).isFalse();
    }

    @Test
    void aNewHashOnAnExistingDeviceUsesTheDevicesTrialAndLinksTheHash() {
        var m = TrialMatching.match(Optional.of("T-device"), NONE, true);
        assertThat(m.rule()).isEqualTo(Rule.BY_DEVICE);
        assertThat(m.trialId()).isEqualTo("T-device");
        assertThat(m.linkDevice()).isFalse();
        assertThat(m.linkIdentity()).isTrue();
    }

    @Test
    void existingHashAndExistingDeviceUseTheDevicesTrialWhenTheyDiffer() {
        var m = TrialMatching.match(Optional.of("T-device"), Optional.of("T-hash"), true);
        assertThat(m.rule()).isEqualTo(Rule.BOTH_EXISTING);
        assertThat(m.trialId()).isEqualTo("T-device");
        assertThat(m.linkDevice()).isFalse();
        assertThat(m.linkIdentity()).isFalse();
    }

    @Test
    void basicTempPassIsKeyedByTheDeviceAlone() {
        assertThat(TrialMatching.match(NONE, NONE, false).linkIdentity()).isFalse();
        var m = TrialMatching.match(Optional.of("T"), NONE, false);
        assertThat(m.rule()).isEqualTo(Rule.BY_DEVICE);
        assertThat(m.linkIdentity()).isFalse();
    }

    @Test
    void expiryIsAnchoredAtTheFirstAuthorizationAndIsFinal() {
        long start = 1_000_000;
        TempPassTrial unstarted = new TempPassTrial("t", "SP", "TP", false, 600_000, 0, 0, 0, null);
        // before the first authorization nothing runs, however late it is
        assertThat(unstarted.stateAt(start + 10_000_000)).isEqualTo(State.ACTIVE);
        assertThat(unstarted.notBeforeAt(start)).isEqualTo(start);
        assertThat(unstarted.notAfterAt(start)).isEqualTo(start + 600_000);

        TempPassTrial started = new TempPassTrial("t", "SP", "TP", false, 600_000, 0, start, start + 600_000, null);
        assertThat(started.stateAt(start + 599_999)).isEqualTo(State.ACTIVE);
        assertThat(started.stateAt(start + 600_000)).isEqualTo(State.EXPIRED);
        assertThat(started.stateAt(start + 400L * 86_400_000)).isEqualTo(State.EXPIRED);
        // the profile window does not move with the clock once started
        assertThat(started.notBeforeAt(start + 5_000)).isEqualTo(start);
        assertThat(started.notAfterAt(start + 5_000)).isEqualTo(start + 600_000);
    }

    @Test
    void aPromotionalTrialIsExhaustedWhenItsDistinctResourcesReachTheLimit() {
        TempPassTrial two = new TempPassTrial("t", "SP", "TP", true, 600_000, 2, 1, 600_001, List.of("a"));
        assertThat(two.stateAt(10)).isEqualTo(State.ACTIVE);
        assertThat(two.remainingResources()).isEqualTo(1);
        TempPassTrial full = new TempPassTrial("t", "SP", "TP", true, 600_000, 2, 1, 600_001, List.of("a", "b"));
        assertThat(full.stateAt(10)).isEqualTo(State.RESOURCES_EXHAUSTED);
        assertThat(full.remainingResources()).isZero();
        // expiry wins over the limit
        assertThat(full.stateAt(600_001)).isEqualTo(State.EXPIRED);
        // no limit configured: never exhausted
        TempPassTrial unlimited = new TempPassTrial("t", "SP", "TP", true, 600_000, 0, 1, 600_001, List.of("a"));
        assertThat(unlimited.stateAt(10)).isEqualTo(State.ACTIVE);
        assertThat(unlimited.remainingResources()).isEqualTo(-1);
    }

    @Test
    void theIdentityHashIsTheConfiguredMemberAndPersonalDataIsHashed() {
        String hash = "f7ee5ec7312165148b69fcca1d29075b14b8aef0b5048a332b18b88d09069fb7";
        assertThat(TempPassIdentities.hash(TempPassIdentity.ofClaims(Map.of("email", hash)), "email")).isEqualTo(hash);
        // spec §8.3: SHA-256("user@domain.com"); a plain address becomes that very hash
        assertThat(TempPassIdentities.hash(TempPassIdentity.ofClaims(Map.of("email", "user@domain.com")), "email"))
                .isEqualTo(hash);
        // no key configured: the only member
        assertThat(TempPassIdentities.hash(TempPassIdentity.ofClaims(Map.of("id", "abc-123")), null))
                .isEqualTo("abc-123");
        // a bare header that already is a hash
        assertThat(TempPassIdentities.hash(TempPassIdentity.ofBare(hash), "email")).isEqualTo(hash);
    }

    @Test
    void aMissingOrMalformedIdentityIsRefusedWithTheSpecsCode() {
        for (TempPassIdentity bad : List.of(TempPassIdentity.absent(), TempPassIdentity.malformed("not base64"),
                TempPassIdentity.ofBare("has spaces and @"), TempPassIdentity.ofClaims(Map.of("phone", "123")),
                TempPassIdentity.ofClaims(Map.of("a", "1", "b", "2")))) {
            String key = bad.claims() != null && bad.claims().size() > 1 ? null : "email";
            assertThatThrownBy(() -> TempPassIdentities.hash(bad, key))
                    .isInstanceOfSatisfying(EnhancedErrorException.class, e -> {
                        assertThat(e.error().code()).isEqualTo("invalid_header_identity_for_temporary_access");
                        assertThat(e.error().status()).isEqualTo(400);
                    });
        }
    }
}
