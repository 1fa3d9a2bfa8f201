import com.twilio.Twilio;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

import java.net.URI;
import java.util.Date;
import java.util.Properties;

/**
 * The plain loop that part (c) of scripts/bench compares the app with: one thread, no database, N/2 SMS through the
 * Twilio SDK and then N/2 e-mails through Jakarta Mail over one SMTP connection kept open, to the same fakes.
 *
 *   java -cp JARS PlainSend.java SMTP_PORT TWILIO_BASE_URL N ACCOUNT_SID AUTH_TOKEN FROM [WARM]
 *
 * Recipients: +4598NNNNNN and plain-N@example.test (part (c)'s own rows use +4599 and bench-, so the fakes' logs
 * tell them apart). With WARM, as many are sent first, untimed, to +4597NNNNNN and plain-warm-N@example.test, so that
 * the loop is timed with its code compiled, as the app's dispatcher is after its own warm-up. The SDK is pointed at
 * the fake the way SmsChannel does it: a route planner sending every request to the fake's host and port. It prints
 * {"sms":…,"mail":…,"warm":…,"seconds":…}: the time the timed loop took; the bench itself times until the fakes have
 * logged every message.
 */
public class PlainSend {
    public static void main(String[] args) throws Exception {
        int smtpPort = Integer.parseInt(args[0]);
        URI twilio = URI.create(args[1]);
        int n = Integer.parseInt(args[2]);
        String sid = args[3], token = args[4], from = args[5];
        int warm = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        Twilio.init(sid, token);
        HttpHost target = new HttpHost(twilio.getScheme(), twilio.getHost(), twilio.getPort());
        HttpClientBuilder http = HttpClientBuilder.create().setRoutePlanner((host, context) -> new HttpRoute(target));
        Twilio.setRestClient(new TwilioRestClient.Builder(sid, token).httpClient(new NetworkHttpClient(http)).build());
        if (warm > 0) {
            send(warm, smtpPort, from, "+4597", "plain-warm-");
        }
        long start = System.nanoTime();
        send(n, smtpPort, from, "+4598", "plain-");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("{\"sms\": %d, \"mail\": %d, \"warm\": %d, \"seconds\": %.2f}%n", n / 2, n - n / 2, warm,
                seconds);
    }

    /** N/2 SMS through the SDK, then N/2 e-mails over one SMTP connection. */
    static void send(int n, int smtpPort, String from, String phonePrefix, String mailPrefix) throws Exception {
        int sms = n / 2, mail = n - sms;
        for (int i = 1; i <= sms; i++) {
            Message.creator(new PhoneNumber(phonePrefix + String.format("%06d", i)), new PhoneNumber(from),
                    "Plain reminder " + i + ": see you tomorrow").create();
        }
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", String.valueOf(smtpPort));
        p.setProperty("mail.mime.charset", "UTF-8");
        Session session = Session.getInstance(p);
        InternetAddress sender = new InternetAddress("Helhed bench <noreply@helhed.test>", true);
        try (Transport transport = session.getTransport()) {
            transport.connect("127.0.0.1", smtpPort, null, null);
            for (int i = 1; i <= mail; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(sender);
                InternetAddress[] to = InternetAddress.parse(mailPrefix + i + "@example.test", true);
                message.setRecipients(MimeMessage.RecipientType.TO, to);
                message.setSubject("Bench: reminder", "UTF-8");
                message.setText("Plain reminder " + i + ": see you tomorrow", "UTF-8");
                message.setSentDate(new Date());
                message.saveChanges();
                transport.sendMessage(message, to);
            }
        }
    }
}
