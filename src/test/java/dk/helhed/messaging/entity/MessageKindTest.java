package dk.helhed.messaging.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MessageKindTest {
    @Test
    @DisplayName("what someone waits for goes first; reminders and messages to many at once wait their turn")
    void awaited() {
        assertThat(Arrays.stream(MessageKind.values()).filter(MessageKind::awaited)).containsExactlyInAnyOrder(
                MessageKind.CONFIRMATION, MessageKind.VERIFICATION, MessageKind.CHANGE, MessageKind.CANCELLATION,
                MessageKind.WAITLISTED, MessageKind.OFFER, MessageKind.PASSWORD_RESET, MessageKind.INVITATION,
                MessageKind.ALERT);
    }
}
