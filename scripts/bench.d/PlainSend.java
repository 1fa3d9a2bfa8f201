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
 *   java -cp JARS PlainSend.java SMTP_PORT TWILIO_BASE_URL N ACCOUNT_SID AUTH_TOKEN FROM
 *
 * Recipients: +4598NNNNNN and plain-N@example.test (part (c)'s own rows use +4599 and bench-, so the fakes' logs
 * tell them apart). The SDK is pointed at the fake the way SmsChannel does it: a route planner sending every request
 * to the fake's host and port. It prints {"sms":…,"mail":…,"seconds":…}: the time the loop took; the bench itself
 * times until the fakes have logged every message.
 */
public class PlainSend {
    public static void main(String[] args) throws Exception {
        int smtpPort = Integer.parseInt(args[0]);
        URI twilio = URI.create(args[1]);
        int n = Integer.parseInt(args[2]);
        String sid = args[3], token = args[4], from = args[5];
        int sms = n / 2, mail = n - sms;
        long start = System.nanoTime();

        Twilio.init(sid, token);
        HttpHost target = new HttpHost(twilio.getScheme(), twilio.getHost(), twilio.getPort());
        HttpClientBuilder http = HttpClientBuilder.create().setRoutePlanner((host, context) -> new HttpRoute(target));
        Twilio.setRestClient(new TwilioRestClient.Builder(sid, token).httpClient(new NetworkHttpClient(http)).build());
        for (int i = 1; i <= sms; i++) {
            Message.creator(new PhoneNumber("+4598" + String.format("%06d", i)), new PhoneNumber(from),
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
                InternetAddress[] to = InternetAddress.parse("plain-" + i + "@example.test", true);
                message.setRecipients(MimeMessage.RecipientType.TO, to);
                message.setSubject("Bench: reminder", "UTF-8");
                message.setText("Plain reminder " + i + ": see you tomorrow", "UTF-8");
                message.setSentDate(new Date());
                message.saveChanges();
                transport.sendMessage(message, to);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("{\"sms\": %d, \"mail\": %d, \"seconds\": %.2f}%n", sms, mail, seconds);
    }
}
