package dk.helhed.messaging.boundary;

import dk.helhed.messaging.control.Envelope;
import dk.helhed.messaging.control.MailChannel;
import dk.helhed.messaging.control.Outcome;
import dk.helhed.messaging.control.SmsChannel;
import dk.helhed.messaging.entity.ChannelKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelsTest {
    private static Channels configured(String mailHost, String twilioSid) {
        return configured(mailHost, twilioSid, true);
    }

    private static Channels configured(String mailHost, String twilioSid, boolean devInbox) {
        var channels = new Channels();
        channels.devInbox = devInbox;
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

    @Test
    void withTheDevelopmentInboxOffAChannelWithoutSettingsSendsNothingAndKeepsNothingToShow() {
        var channels = configured("smtp.example.dk", null, false);
        assertThat(channels.inDevelopment()).as("nothing to list at /api/v1/dev/messages").isEmpty();
        assertThat(channels.missing()).containsExactly(ChannelKind.SMS);
        assertThat(channels.of(ChannelKind.SMS).development()).as("its text is removed once it is recorded").isFalse();
        try (var batch = channels.of(ChannelKind.SMS).open()) {
            assertThat(batch.send(new Envelope(7, ChannelKind.SMS, "+4520304050", null, "Din kode er 123456", 1)))
                    .isEqualTo(new Outcome.Failed("SMS is not configured: not sent"));
        }
    }

    @Test
    void theDevelopmentInboxIsOffUnlessAskedFor() throws NoSuchFieldException {
        var setting = Channels.class.getDeclaredField("devInbox")
                .getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class);
        assertThat(setting.name()).isEqualTo("helhed.dev-inbox");
        assertThat(setting.defaultValue()).isEqualTo("false");
        assertThat(configured(null, null, false).missing()).containsExactlyInAnyOrder(ChannelKind.EMAIL,
                ChannelKind.SMS);
    }
}
