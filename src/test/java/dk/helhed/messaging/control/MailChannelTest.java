package dk.helhed.messaging.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class MailChannelTest {
    private static final Address[] NONE = new Address[0];

    private static SMTPSendFailedException afterData(int code, String text) {
        return new SMTPSendFailedException("DATA", code, code + " " + text, null, NONE, NONE, NONE);
    }

    private static SendFailedException recipientRefused(int code, String text) throws Exception {
        var address = new InternetAddress("amina@example.dk");
        return new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(address, "RCPT TO:<amina@example.dk>", code, code + " " + text),
                NONE, NONE, new Address[]{address});
    }

    @Test
    @DisplayName("a mail channel names Angus's stream provider, so Jakarta Mail does not search the class path per message")
    void streamProviderIsNamed() {
        new MailChannel(new MailChannel.Settings("127.0.0.1", 25, null, null, "Helhed <noreply@helhed.test>", false,
                1000));
        assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    }

    @Test
    @DisplayName("4xx from the server (452 insufficient storage) means try later")
    void transientSmtpReply() {
        assertThat(MailChannel.classify(afterData(452, "4.3.1 Insufficient system storage")))
                .isInstanceOf(Outcome.RetryLater.class)
                .extracting(o -> ((Outcome.RetryLater) o).reason()).asString().startsWith("SMTP 452");
    }

    @Test
    @DisplayName("5xx from the server (550 mailbox unavailable) means it will never go")
    void permanentSmtpReply() {
        assertThat(MailChannel.classify(afterData(550, "5.1.1 Mailbox unavailable")))
                .isInstanceOf(Outcome.Failed.class)
                .extracting(o -> ((Outcome.Failed) o).reason()).asString().startsWith("SMTP 550");
    }

    @Test
    @DisplayName("a refused recipient is found in the exception chain: 550 fails, 452 is retried")
    void recipientReplyInTheChain() throws Exception {
        assertThat(MailChannel.classify(recipientRefused(550, "5.1.1 No such user")))
                .isInstanceOf(Outcome.Failed.class);
        assertThat(MailChannel.classify(recipientRefused(452, "4.5.3 Too many recipients")))
                .isInstanceOf(Outcome.RetryLater.class);
    }

    @Test
    @DisplayName("a connection refused before anything was sent means try later")
    void connectionRefused() {
        var e = new MessagingException("Could not connect to SMTP host", new ConnectException("Connection refused"));

        assertThat(MailChannel.classify(e)).isInstanceOf(Outcome.RetryLater.class);
    }

    @Test
    @DisplayName("Angus Mail's MailConnectException (server not reachable) means try later")
    void mailConnectException() {
        var e = new MailConnectException(new SocketConnectException("Connect timed out",
                new SocketTimeoutException("Connect timed out"), "smtp.example.dk", 587, 10_000));

        assertThat(MailChannel.classify(e)).isInstanceOf(Outcome.RetryLater.class);
    }

    @Test
    @DisplayName("an unknown host means try later")
    void unknownHost() {
        var e = new MessagingException("Unknown SMTP host", new UnknownHostException("smtp.example.dk"));

        assertThat(MailChannel.classify(e)).isInstanceOf(Outcome.RetryLater.class);
    }

    @Test
    @DisplayName("a read timeout after connecting means we cannot know whether it left")
    void timeoutAfterConnecting() {
        var e = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));

        assertThat(MailChannel.classify(e)).isInstanceOf(Outcome.Unknown.class);
    }

    @Test
    @DisplayName("any other failure is unknown, never retried blindly")
    void otherFailures() {
        assertThat(MailChannel.classify(new MessagingException("Can't send command to SMTP host")))
                .isInstanceOf(Outcome.Unknown.class);
    }

    @Test
    @DisplayName("a calendar goes as a text/calendar part (method PUBLISH, kalender.ics) beside the text")
    void calendarPart() throws Exception {
        var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        String ics = "BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nLOCATION:Søparken\r\nEND:VCALENDAR\r\n";
        MailChannel.write(message, new Envelope(1, dk.helhed.messaging.entity.ChannelKind.EMAIL, "a@example.dk",
                "Din vagt", "Hej Søren", 1, ics));
        var out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        var read = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(out.toByteArray()));

        assertThat(read.getContentType()).startsWith("multipart/alternative");
        var parts = (jakarta.mail.internet.MimeMultipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Hej Søren");
        var calendar = parts.getBodyPart(1);
        assertThat(new jakarta.mail.internet.ContentType(calendar.getContentType()).getBaseType())
                .isEqualTo("text/calendar");
        assertThat(new jakarta.mail.internet.ContentType(calendar.getContentType()).getParameter("method"))
                .isEqualTo("PUBLISH");
        assertThat(calendar.getFileName()).isEqualTo("kalender.ics");
        assertThat(new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ics);
    }

    @Test
    @DisplayName("without a calendar the mail stays a plain text")
    void plainText() throws Exception {
        var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        MailChannel.write(message, new Envelope(1, dk.helhed.messaging.entity.ChannelKind.EMAIL, "a@example.dk",
                "Emne", "Hej", 1));

        assertThat(message.getContentType()).startsWith("text/plain");
        assertThat(message.getContent()).isEqualTo("Hej");
    }
}
