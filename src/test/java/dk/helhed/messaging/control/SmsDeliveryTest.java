package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.OutboxStatus;
import dk.helhed.messaging.entity.SmsDelivery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static dk.helhed.messaging.entity.SmsDelivery.DELIVERED;
import static dk.helhed.messaging.entity.SmsDelivery.FAILED;
import static dk.helhed.messaging.entity.SmsDelivery.QUEUED;
import static dk.helhed.messaging.entity.SmsDelivery.SENDING;
import static dk.helhed.messaging.entity.SmsDelivery.SENT;
import static dk.helhed.messaging.entity.SmsDelivery.UNDELIVERED;
import static org.assertj.core.api.Assertions.assertThat;

class SmsDeliveryTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"queued, QUEUED", "accepted, QUEUED", "scheduled, QUEUED", "sending, SENDING", "sent, SENT",
            "Delivered, DELIVERED", "undelivered, UNDELIVERED", "failed, FAILED"})
    @DisplayName("Twilio's statuses for an outgoing SMS")
    void readsTwiliosStatuses(String twilio, SmsDelivery expected) {
        assertThat(SmsDelivery.fromTwilio(twilio)).contains(expected);
    }

    @Test
    @DisplayName("statuses about incoming or WhatsApp messages, or none, say nothing")
    void otherStatusesSayNothing() {
        assertThat(SmsDelivery.fromTwilio("received")).isEmpty();
        assertThat(SmsDelivery.fromTwilio("read")).isEmpty();
        assertThat(SmsDelivery.fromTwilio("")).isEmpty();
        assertThat(SmsDelivery.fromTwilio(null)).isEmpty();
    }

    @Test
    @DisplayName("only forward: queued → sending → sent → delivered/undelivered/failed")
    void onlyForward() {
        assertThat(QUEUED.advances(null)).isTrue();
        assertThat(SENDING.advances(QUEUED)).isTrue();
        assertThat(SENT.advances(SENDING)).isTrue();
        assertThat(DELIVERED.advances(SENT)).isTrue();
        assertThat(FAILED.advances(QUEUED)).isTrue();
        assertThat(DELIVERED.advances(null)).isTrue();
        assertThat(SENT.advances(DELIVERED)).as("a late sent after delivered").isFalse();
        assertThat(QUEUED.advances(SENT)).isFalse();
        assertThat(DELIVERED.advances(DELIVERED)).as("the same again").isFalse();
        assertThat(FAILED.advances(DELIVERED)).as("one final status never replaces another").isFalse();
        assertThat(DELIVERED.advances(UNDELIVERED)).isFalse();
    }

    @Test
    @DisplayName("an unknown outcome is settled: sent if Twilio has it on its way, failed if it did not arrive")
    void settlesUnknown() {
        for (SmsDelivery onItsWay : new SmsDelivery[]{QUEUED, SENDING, SENT, DELIVERED}) {
            assertThat(onItsWay.settle(OutboxStatus.UNKNOWN)).isEqualTo(OutboxStatus.SENT);
            assertThat(onItsWay.settle(OutboxStatus.RETRY)).as("Twilio has it: never sent again")
                    .isEqualTo(OutboxStatus.SENT);
            assertThat(onItsWay.settle(OutboxStatus.SENT)).isEqualTo(OutboxStatus.SENT);
        }
        assertThat(UNDELIVERED.settle(OutboxStatus.UNKNOWN)).isEqualTo(OutboxStatus.FAILED);
        assertThat(FAILED.settle(OutboxStatus.UNKNOWN)).isEqualTo(OutboxStatus.FAILED);
        assertThat(FAILED.settle(OutboxStatus.SENT)).as("sent, but it did not arrive").isEqualTo(OutboxStatus.FAILED);
    }

    @Test
    @DisplayName("a row being handed over, failed or cancelled is not changed by a callback")
    void leavesOthersAlone() {
        assertThat(DELIVERED.settle(OutboxStatus.SENDING)).isEqualTo(OutboxStatus.SENDING);
        assertThat(DELIVERED.settle(OutboxStatus.FAILED)).isEqualTo(OutboxStatus.FAILED);
        assertThat(DELIVERED.settle(OutboxStatus.CANCELLED)).isEqualTo(OutboxStatus.CANCELLED);
    }

    @Test
    @DisplayName("429: the outbox's backoff, or Twilio's Retry-After when that is longer")
    void retryAfterWhenLonger() {
        assertThat(OutboxLedger.retryWait(1, new Outcome.RetryLater("429", Duration.ofSeconds(120))))
                .isEqualTo(Duration.ofSeconds(120));
        assertThat(OutboxLedger.retryWait(4, new Outcome.RetryLater("429", Duration.ofSeconds(120))))
                .isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxLedger.retryWait(1, new Outcome.RetryLater("429"))).isEqualTo(Duration.ofMinutes(1));
        assertThat(SmsChannel.retryAfter("120")).contains(Duration.ofSeconds(120));
        assertThat(SmsChannel.retryAfter(" 5 ")).contains(Duration.ofSeconds(5));
        assertThat(SmsChannel.retryAfter("999999")).contains(Duration.ofHours(1));
        assertThat(SmsChannel.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEmpty();
        assertThat(SmsChannel.retryAfter(null)).isEmpty();
    }
}
