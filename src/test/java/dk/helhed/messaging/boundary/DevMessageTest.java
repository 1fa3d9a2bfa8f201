package dk.helhed.messaging.boundary;

import dk.helhed.messaging.boundary.DevMessagesResource.DevMessage;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.storage.Sealing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DevMessageTest {
    private static final Instant NOW = Instant.parse("2027-04-05T10:00:00Z");

    private static final Sealing SEAL = new Sealing("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    /** The inbox's entry for a message kept as the outbox keeps it: with its text sealed. */
    private static DevMessage entry(ChannelKind channel, String body) {
        var row = new OutboxMessage(new Outgoing("appointment:H-ABCDEFGH", MessageKind.CONFIRMATION, channel,
                channel == ChannelKind.SMS ? "+4520304050" : "amina@example.dk", null, body, NOW,
                NOW.plusSeconds(3600), "key:" + channel), SEAL.seal(body), NOW);
        assertThat(row.body()).doesNotContain(body);
        return DevMessage.of(row, SEAL.open(row.body()).orElseThrow());
    }

    @Test
    @DisplayName("an SMS row tells its encoding and segments: Danish GSM 7-bit, Arabic UCS-2")
    void smsSegments() {
        assertThat(entry(ChannelKind.SMS, "Din aftale i Søparken er bekræftet."))
                .extracting(DevMessage::encoding, DevMessage::segments).containsExactly("GSM_7", 1);
        assertThat(entry(ChannelKind.SMS, "تم تأكيد موعدك. " + "ا".repeat(60)))
                .extracting(DevMessage::encoding, DevMessage::segments).containsExactly("UCS_2", 2);
    }

    @Test
    @DisplayName("an e-mail row has no segments")
    void emailHasNone() {
        assertThat(entry(ChannelKind.EMAIL, "Hej"))
                .extracting(DevMessage::channel, DevMessage::encoding, DevMessage::segments)
                .containsExactly("EMAIL", null, null);
    }
}
