package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.MailStreamProvider;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail over SMTP with Jakarta Mail. Timeouts are always set (Jakarta Mail's default is to wait forever); one
 * connection serves a whole batch. A server that cannot be reached, or answers 4xx, means "try later"; 5xx means
 * never; a connection lost mid-message means we cannot know.
 */
public class MailChannel implements Channel {
    public record Settings(String host, int port, String user, String password, String from, boolean startTls,
                           int timeoutMillis) {
    }

    static final String CALENDAR_TYPE = "text/calendar; method=PUBLISH; charset=UTF-8";
    static final String CALENDAR_FILE = "kalender.ics";

    private final Settings settings;
    private final Session session;

    public MailChannel(Settings settings) {
        nameTheStreamProvider();
        this.settings = settings;
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
        p.setProperty("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        boolean auth = settings.user() != null && !settings.user().isBlank();
        p.setProperty("mail.smtp.auth", String.valueOf(auth));
        p.setProperty("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(p);
    }

    /**
     * Jakarta Mail looks up its {@link StreamProvider} with a {@code ServiceLoader} each time a message is written
     * ({@code MimeBodyPart.writeTo}); inside Payara that searches some 300 jars for every e-mail (8.6 % of the node's
     * CPU while sending, profiled with JFR in scripts/bench (c)). Jakarta Mail reads the provider's class name from
     * a system property first, which costs one class lookup. Set only when unset, and to Angus's own provider, the
     * one the search finds.
     */
    static void nameTheStreamProvider() {
        System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public boolean development() {
        return false;
    }

    @Override
    public Batch open() {
        return new SmtpBatch();
    }

    private class SmtpBatch implements Batch {
        private Transport transport;

        @Override
        public Outcome send(Envelope envelope) {
            MimeMessage message;
            Address[] to;
            try {
                to = InternetAddress.parse(envelope.recipient(), true);
                message = new MimeMessage(session);
                message.setFrom(new InternetAddress(settings.from(), true));
                message.setRecipients(MimeMessage.RecipientType.TO, to);
                write(message, envelope);
            } catch (AddressException e) {
                return new Outcome.Failed("bad address: " + e.getMessage());
            } catch (MessagingException e) {
                return new Outcome.Failed(Outcome.describe(e));
            }
            try {
                connected().sendMessage(message, to);
                return new Outcome.Sent(message.getMessageID());
            } catch (MessagingException e) {
                close();
                return classify(e);
            }
        }

        private Transport connected() throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport();
                transport.connect(settings.host(), settings.port(), blankToNull(settings.user()),
                        blankToNull(settings.password()));
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    /**
     * Subject and text; with a calendar, a multipart/alternative of the text and a {@code text/calendar;
     * method=PUBLISH} part named kalender.ics (neutral: the same for shifts, appointments and events), which phone mail apps offer to add to the calendar.
     */
    static void write(MimeMessage message, Envelope envelope) throws MessagingException {
        message.setSubject(envelope.subject(), "UTF-8");
        if (envelope.calendar() == null) {
            message.setText(envelope.body(), "UTF-8");
        } else {
            var text = new MimeBodyPart();
            text.setText(envelope.body(), "UTF-8");
            var calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    envelope.calendar().getBytes(StandardCharsets.UTF_8), CALENDAR_TYPE)));
            calendar.setFileName(CALENDAR_FILE);
            calendar.setHeader("Content-Type", CALENDAR_TYPE + "; name=" + CALENDAR_FILE);
            var parts = new MimeMultipart("alternative");
            parts.addBodyPart(text);
            parts.addBodyPart(calendar);
            message.setContent(parts);
        }
        message.setSentDate(new Date());
        message.saveChanges();
    }

    static Outcome classify(MessagingException e) {
        int code = returnCode(e);
        if (code >= 500) {
            return new Outcome.Failed("SMTP " + code + ": " + Outcome.describe(e));
        }
        if (code >= 400) {
            return new Outcome.RetryLater("SMTP " + code + ": " + Outcome.describe(e));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MailConnectException || t instanceof ConnectException
                    || t instanceof UnknownHostException) {
                return new Outcome.RetryLater("SMTP server not reachable: " + Outcome.describe(t));
            }
        }
        return new Outcome.Unknown(Outcome.describe(e));
    }

    private static int returnCode(Exception e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : t.getCause()) {
            if (t instanceof SMTPSendFailedException f) {
                return f.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException f) {
                return f.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException f) {
                return f.getReturnCode();
            }
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
