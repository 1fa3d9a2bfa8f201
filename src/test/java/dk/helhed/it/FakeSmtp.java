package dk.helhed.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) the application delivers to; it can be taken down and brought back. */
public class FakeSmtp {
    /** One received mail, as the resident would read it. */
    public record Mail(String to, String from, String subject, String body) {
    }

    private final int port;
    private GreenMail server;

    public FakeSmtp(int port) {
        this.port = port;
        start();
    }

    public final void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(FakeSmtp::mail)
                .filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** The mails to {@code address} as they arrived, parts and headers included. */
    public List<MimeMessage> received(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> mail(m).to().equalsIgnoreCase(address))
                .toList();
    }

    /** Waits (polling, bounded) until {@code count} mails have reached {@code address}, and returns them. */
    public List<Mail> awaitMailsTo(String address, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (to(address).size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        return to(address);
    }

    private static Mail mail(MimeMessage m) {
        try {
            Object content = m.getContent();
            // a mail with a calendar is multipart/alternative: its text is the first part
            String body = content instanceof jakarta.mail.Multipart parts
                    ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(content);
            return new Mail(m.getAllRecipients()[0].toString(), m.getFrom()[0].toString(), m.getSubject(),
                    body.strip());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
