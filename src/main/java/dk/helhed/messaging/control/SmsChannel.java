package dk.helhed.messaging.control;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dk.helhed.messaging.entity.ChannelKind;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * SMS through the Twilio SDK. The SDK's own client re-sends a POST that got a 5xx, which can deliver an SMS twice;
 * this client sends each message once and lets the outbox decide. A refused connection is "try later"; a 5xx or a
 * timeout after the request left is "unknown"; 429 is "try later"; other 4xx mean never.
 */
public class SmsChannel implements Channel {
    public record Settings(String accountSid, String authToken, String from, Optional<URI> apiBaseUrl,
                           Optional<URI> statusCallback, int timeoutMillis) {
    }

    private final Settings settings;
    private final TwilioRestClient client;

    public SmsChannel(Settings settings) {
        this.settings = settings;
        Timeout timeout = Timeout.ofMilliseconds(settings.timeoutMillis());
        HttpClientBuilder http = HttpClientBuilder.create()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout)
                        .setResponseTimeout(timeout).build());
        settings.apiBaseUrl().ifPresent(base -> {
            HttpHost target = new HttpHost(base.getScheme(), base.getHost(), base.getPort());
            http.setRoutePlanner((host, context) -> new HttpRoute(target));
        });
        this.client = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                .httpClient(new SendOnce(http))
                .build();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS;
    }

    @Override
    public boolean development() {
        return false;
    }

    @Override
    public Batch open() {
        return new Batch() {
            @Override
            public Outcome send(Envelope envelope) {
                return SmsChannel.this.send(envelope);
            }

            @Override
            public void close() {
            }
        };
    }

    private Outcome send(Envelope envelope) {
        try {
            var creator = Message.creator(new PhoneNumber(envelope.recipient()), new PhoneNumber(settings.from()),
                    envelope.body());
            settings.statusCallback().ifPresent(creator::setStatusCallback);
            Message message = creator.create(client);
            return new Outcome.Sent(message.getSid());
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status != null && status == 429) {
                return new Outcome.RetryLater("Twilio 429: " + e.getMessage());
            }
            if (status != null && status >= 400 && status < 500) {
                return new Outcome.Failed("Twilio " + status + " (" + e.getCode() + "): " + e.getMessage());
            }
            return new Outcome.Unknown("Twilio " + status + ": " + e.getMessage());
        } catch (ApiConnectionException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConnectException || t instanceof UnknownHostException) {
                    return new Outcome.RetryLater("Twilio not reachable: " + Outcome.describe(t));
                }
            }
            return new Outcome.Unknown(Outcome.describe(e));
        } catch (RuntimeException e) {
            return new Outcome.Unknown(Outcome.describe(e));
        }
    }

    /** Twilio's client, minus the retries: every request is made exactly once. */
    static class SendOnce extends NetworkHttpClient {
        SendOnce(HttpClientBuilder builder) {
            super(builder);
        }

        @Override
        public Response reliableRequest(Request request) {
            return makeRequest(request);
        }

        @Override
        public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
            return makeRequest(request);
        }
    }
}
