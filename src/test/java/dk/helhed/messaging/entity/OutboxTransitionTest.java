package dk.helhed.messaging.entity;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTransitionTest {
    @Test
    void onlyWaitingRowsAreClaimedAndOnlyClaimedRowsGetAnOutcome() {
        assertThat(OutboxTransition.CLAIM.from()).isEqualTo(OutboxStatus.WAITING);
        for (var outcome : EnumSet.of(OutboxTransition.SEND, OutboxTransition.FAIL, OutboxTransition.GIVE_UP,
                OutboxTransition.LOSE_TRACK, OutboxTransition.RETRY_LATER)) {
            assertThat(outcome.from()).as(outcome.name()).containsExactly(OutboxStatus.SENDING);
        }
    }

    @Test
    void nothingLeavesFailedOrCancelledAndOnlyACallbackLeavesSentOrUnknown() {
        for (var transition : OutboxTransition.values()) {
            assertThat(transition.from()).as(transition.name())
                    .doesNotContain(OutboxStatus.FAILED, OutboxStatus.CANCELLED);
            if (transition.from().contains(OutboxStatus.SENT) || transition.from().contains(OutboxStatus.UNKNOWN)) {
                assertThat(transition.name()).startsWith("CALLBACK_");
            }
        }
    }

    @Test
    void aStepARowMayNotTakeLeavesItWhereItIs() {
        assertThat(OutboxTransition.CALLBACK_DELIVERED.applyTo(OutboxStatus.SENDING)).isEqualTo(OutboxStatus.SENDING);
        assertThat(OutboxTransition.CALLBACK_NOT_DELIVERED.applyTo(OutboxStatus.UNKNOWN))
                .isEqualTo(OutboxStatus.FAILED);
        assertThat(OutboxTransition.CANCEL.applyTo(OutboxStatus.SENT)).isEqualTo(OutboxStatus.SENT);
    }
}
