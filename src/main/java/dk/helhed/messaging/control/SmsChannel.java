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
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/**
 * SMS through the Twilio SDK. The SDK's own client re-sends a POST that got a 5xx, which can deliver an SMS twice;
 * this client sends each message once and lets the outbox decide. A refused connection is "try later"; a 5xx or a
 * timeout after the request left is "unknown"; 429 is "try later" (not before its Retry-After); other 4xx mean
 * never. Each SMS asks for status callbacks at its own URL, which names its outbox row
 * ({@link TwilioSignature#callbackFor}), so a callback can settle a row whose send got no answer. Connect and socket
 * timeouts are always set.
 */
public class SmsChannel implements Channel {
    public record Settings(String accountSid, String authToken, String from, Optional<URI> apiBaseUrl,
                           Optional<URI> statusCallback, int timeoutMillis) {
    }

    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    static final int MAX_CONNECTIONS = 32;

    private final Settings settings;
    private final TwilioRestClient client;

    public SmsChannel(Settings settings) {
        this.settings = settings;
        Timeout timeout = Timeout.ofMilliseconds(settings.timeoutMillis());
        // one connection per dispatch worker (at most 32): a worker left waiting for a connection would time out
        // with its request unsent, and that would read as "unknown"
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                        .setSocketTimeout(timeout).build())
                .build();
        HttpClientBuilder http = HttpClientBuilder.create()
                .setConnectionManager(connections)
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
        };
    }

    private Outcome send(Envelope envelope) {
        try {
            var creator = Message.creator(new PhoneNumber(envelope.recipient()), new PhoneNumber(settings.from()),
                    envelope.body());
            settings.statusCallback().ifPresent(base -> creator.setStatusCallback(
                    URI.create(TwilioSignature.callbackFor(base, envelope.id()))));
            Message message = creator.create(client);
            return new Outcome.Sent(message.getSid());
        } catch (ApiConnectionException e) {
            return unreachable(e) ? new Outcome.RetryLater("Twilio not reachable: " + Outcome.describe(e))
                    : new Outcome.Unknown(Outcome.describe(e));
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status == null) {
                // the SDK wraps network errors as an ApiException without a status
                return unreachable(e) ? new Outcome.RetryLater("Twilio not reachable: " + Outcome.describe(e))
                        : new Outcome.Unknown(Outcome.describe(e));
            }
            if (status == 429) {
                Duration wait = retryAfter(SendOnce.lastRetryAfter()).orElse(null);
                return new Outcome.RetryLater("Twilio 429" + (wait == null ? "" : " (Retry-After " + wait.toSeconds()
                        + " s)") + ": " + e.getMessage(), wait);
            }
            if (status != null && status >= 400 && status < 500) {
                return new Outcome.Failed("Twilio " + status + " (" + e.getCode() + "): " + e.getMessage());
            }
            return new Outcome.Unknown("Twilio " + status + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome.Unknown(Outcome.describe(e));
        } finally {
            SendOnce.forget();
        }
    }

    /**
     * A Retry-After header in seconds (Twilio's form), capped at an hour so that a strange answer cannot park a
     * message for days; an HTTP date or anything else unreadable is ignored (the outbox's own backoff applies).
     */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(header.strip());
        return Optional.of(Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER.toSeconds())));
    }

    /** True when the request certainly never reached Twilio: no connection could be made. */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Twilio's client, minus the retries: every request is made exactly once. It remembers, for the calling thread,
     * the Retry-After header of a 429 answer, which the SDK's exception does not carry.
     */
    static class SendOnce extends NetworkHttpClient {
        private static final ThreadLocal<String> RETRY_AFTER = new ThreadLocal<>();

        SendOnce(HttpClientBuilder builder) {
            super(builder);
        }

        static String lastRetryAfter() {
            return RETRY_AFTER.get();
        }

        static void forget() {
            RETRY_AFTER.remove();
        }

        @Override
        public Response reliableRequest(Request request) {
            return once(request);
        }

        @Override
        public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
            return once(request);
        }

        private Response once(Request request) {
            Response response = makeRequest(request);
            if (response != null && response.getStatusCode() == 429 && response.getHeaders() != null) {
                for (Header header : response.getHeaders()) {
                    if (header.getName().equalsIgnoreCase("Retry-After")) {
                        RETRY_AFTER.set(header.getValue());
                    }
                }
            }
            return response;
        }
    }
}
