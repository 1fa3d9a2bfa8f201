package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelsTest {
    private static Channels configured(String mailHost, String twilioSid) {
        var channels = new Channels();
        channels.mailHost = Optional.ofNullable(mailHost);
        channels.mailPort = 25;
        channels.mailUser = Optional.empty();
        channels.mailPassword = Optional.empty();
        channels.mailFrom = "Helhed <noreply@helhed.test>";
        channels.twilioSid = Optional.ofNullable(twilioSid);
        channels.twilioToken = Optional.ofNullable(twilioSid == null ? null : "token");
        channels.twilioFrom = Optional.ofNullable(twilioSid == null ? null : "Helhed");
        channels.twilioBaseUrl = Optional.empty();
        channels.twilioStatusCallback = Optional.empty();
        channels.timeoutMillis = 1000;
        channels.configure();
        return channels;
    }

    @Test
    void withNothingConfiguredEveryMessageGoesToTheDevelopmentInbox() {
        var channels = configured(null, null);
        assertThat(channels.inDevelopment()).containsExactlyInAnyOrder(ChannelKind.EMAIL, ChannelKind.SMS);
        try (var batch = channels.of(ChannelKind.SMS).open()) {
            assertThat(batch.send(new Envelope(7, ChannelKind.SMS, "+4520304050", null, "Hej", 1)))
                    .isEqualTo(new Outcome.Sent("dev-7"));
        }
    }

    @Test
    void aBlankMailHostCountsAsNotConfigured() {
        assertThat(configured(" ", "ACxx").inDevelopment()).containsExactly(ChannelKind.EMAIL);
    }

    @Test
    void withSmtpAndTwilioConfiguredNothingIsInDevelopment() {
        var channels = configured("smtp.example.dk", "ACxx");
        assertThat(channels.inDevelopment()).isEmpty();
        assertThat(channels.of(ChannelKind.EMAIL)).isInstanceOf(MailChannel.class);
        assertThat(channels.of(ChannelKind.SMS)).isInstanceOf(SmsChannel.class);
    }
}
