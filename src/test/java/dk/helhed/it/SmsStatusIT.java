package dk.helhed.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio's status callbacks and the Twilio fault drills, inside Payara Micro on MariaDB, with the real Twilio SDK
 * posting to the fake Twilio API. Callbacks are signed here as Twilio signs them, for the public callback URL the
 * application is configured with (HELHED_TWILIO_STATUS_CALLBACK_URL in the pom), and posted to the real endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmsStatusIT {
    private static final String TOKEN = "it-auth-token";
    private static final String PUBLIC_URL = "https://helhed.test/api/v1/twilio/status";
    private static final String REDACTED = "(removed after sending)";
    private static FakeTwilio twilio;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.helhed();
    }

    @BeforeAll
    static void servers() {
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
    }

    @AfterAll
    static void stopServers() {
        twilio.stop();
    }

    private Api api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void realTime() {
        api = new Api(deployment);
        api.realClock();
    }

    @Test
    void a500IsPostedOnceLeftUnknownThenSettledByItsSignedCallbackAndAReplayChangesNothing() throws Exception {
        String phone = Api.newPhone();
        twilio.failFor(phone, 500);
        long id = enqueue(phone).get(0);
        api.dispatch();
        var unknown = awaitRow(id, r -> r.getString("status").equals("UNKNOWN"));
        assertThat(unknown.getString("status")).isEqualTo("UNKNOWN");
        assertThat(unknown.getString("providerId")).as("a 500 gives no MessageSid").isEmpty();
        assertThat(twilio.sentTo(phone)).as("exactly one POST reached Twilio").hasSize(1);
        String callbackUrl = twilio.statusCallbacksOf(phone).get(0);
        assertThat(callbackUrl).as("its own callback URL names the row").isEqualTo(PUBLIC_URL + "?m=" + id);

        // Twilio did take it: its callback settles the row
        String sid = newSid();
        var delivered = callback(callbackUrl, status(sid, phone, "delivered"));
        assertThat(delivered.statusCode()).isEqualTo(204);
        var settled = row(id);
        assertThat(settled.getString("status")).isEqualTo("SENT");
        assertThat(settled.getString("providerStatus")).isEqualTo("DELIVERED");
        assertThat(settled.getString("providerId")).as("the sid is stored").isEqualTo(sid);
        assertThat(settled.getString("body")).isEqualTo(REDACTED);
        assertThat(settled.getString("error")).contains("delivered");
        assertThat(settled.getJsonArray("events")).hasSize(1);

        var replayed = callback(callbackUrl, status(sid, phone, "delivered"));
        assertThat(replayed.statusCode()).isEqualTo(204);
        assertThat(row(id)).as("a replay changes nothing, and is not recorded again").isEqualTo(settled);

        api.clock(Instant.now().plus(Duration.ofHours(2)));
        api.dispatch();
        assertThat(twilio.sentTo(phone)).as("never re-sent").hasSize(1);
        assertThat(row(id).getString("status")).isEqualTo("SENT");
    }

    @Test
    void aCallbackThatOvertakesTheSendIsKeptAndSettlesTheRowOnceTheSendsOutcomeIsRecorded() throws Exception {
        String phone = Api.newPhone();
        twilio.failSlowlyFor(phone, 500, 5000);
        long id = enqueue(phone).get(0);
        var sending = awaitRow(id, r -> r.getString("status").equals("SENDING"));
        assertThat(sending.getString("status")).as("the dispatch job has handed it over").isEqualTo("SENDING");

        String sid = newSid();
        assertThat(callback(PUBLIC_URL + "?m=" + id, status(sid, phone, "delivered")).statusCode()).isEqualTo(204);
        var early = row(id);
        assertThat(early.getString("status")).as("still the dispatcher's").isEqualTo("SENDING");
        assertThat(early.getString("providerStatus")).isEqualTo("DELIVERED");

        var settled = awaitRow(id, r -> r.getString("status").equals("SENT"));
        assertThat(settled.getString("status")).as("the 500 made it UNKNOWN; the callback settles it").isEqualTo("SENT");
        assertThat(settled.getString("providerId")).isEqualTo(sid);
        assertThat(settled.getString("error")).contains("delivered");
        assertThat(twilio.sentTo(phone)).hasSize(1);
    }

    @Test
    void aForgedUnsignedOrMisdirectedCallbackIs403AndChangesNothing() throws Exception {
        String phone = Api.newPhone();
        long id = enqueue(phone).get(0);
        api.dispatch();
        var sent = awaitRow(id, r -> r.getString("status").equals("SENT"));
        String sid = sent.getString("providerId");
        assertThat(sid).startsWith("SM");
        String url = PUBLIC_URL + "?m=" + id;
        var params = status(sid, phone, "failed");

        var forged = post("m=" + id, params, TwilioSigner.sign("not-the-auth-token", url, params));
        var unsigned = post("m=" + id, params, null);
        var otherHost = post("m=" + id, params,
                TwilioSigner.sign(TOKEN, "https://elsewhere.example/api/v1/twilio/status?m=" + id, params));
        var otherRow = post("m=" + id, params, TwilioSigner.sign(TOKEN, PUBLIC_URL + "?m=" + (id + 1), params));
        var changedParameter = post("m=" + id, status(sid, phone, "undelivered"), TwilioSigner.sign(TOKEN, url,
                params));
        for (var refused : List.of(forged, unsigned, otherHost, otherRow, changedParameter)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
        }
        assertThat(forged.body()).contains("Twilio");
        assertThat(row(id)).as("nothing changed").isEqualTo(sent);

        // signed, but not ours: another row's sid, a row that does not exist
        assertThat(callback(url, status("SM" + "0".repeat(32), phone, "failed")).statusCode()).isEqualTo(204);
        assertThat(callback(PUBLIC_URL + "?m=999999999", status(sid, phone, "failed")).statusCode()).isEqualTo(204);
        assertThat(row(id)).as("still nothing changed").isEqualTo(sent);
    }

    @Test
    void statusesOnlyMoveForwardALateSentAfterDeliveredChangesNothing() throws Exception {
        String phone = Api.newPhone();
        long id = enqueue(phone).get(0);
        api.dispatch();
        String sid = awaitRow(id, r -> r.getString("status").equals("SENT")).getString("providerId");
        String url = twilio.statusCallbacksOf(phone).get(0);

        assertThat(callback(url, status(sid, phone, "delivered")).statusCode()).isEqualTo(204);
        assertThat(row(id).getString("providerStatus")).isEqualTo("DELIVERED");
        assertThat(callback(url, status(sid, phone, "sent")).statusCode()).isEqualTo(204);
        assertThat(callback(url, status(sid, phone, "undelivered")).statusCode()).isEqualTo(204);
        var after = row(id);
        assertThat(after.getString("providerStatus")).isEqualTo("DELIVERED");
        assertThat(after.getString("status")).isEqualTo("SENT");
        assertThat(after.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("status") + ":"
                + e.asJsonObject().getBoolean("applied")).toList())
                .containsExactly("delivered:true", "sent:false", "undelivered:false");
    }

    @Test
    void aSentSmsThatDidNotArriveIsFailedAndNotSentAgainAndACallbackWithoutItsRowFindsItBySid() throws Exception {
        String phone = Api.newPhone();
        long id = enqueue(phone).get(0);
        api.dispatch();
        String sid = awaitRow(id, r -> r.getString("status").equals("SENT")).getString("providerId");

        // a callback URL without the row (as for an SMS sent before rows were named): matched by MessageSid
        var params = status(sid, phone, "sent");
        assertThat(callback(PUBLIC_URL, params).statusCode()).isEqualTo(204);
        assertThat(row(id).getString("providerStatus")).isEqualTo("SENT");

        var undelivered = new LinkedHashMap<>(status(sid, phone, "undelivered"));
        undelivered.put("ErrorCode", "30003");
        assertThat(callback(PUBLIC_URL + "?m=" + id, undelivered).statusCode()).isEqualTo(204);
        var failed = row(id);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("providerStatus")).isEqualTo("UNDELIVERED");
        assertThat(failed.getString("error")).contains("undelivered", "30003");
        api.clock(Instant.now().plus(Duration.ofHours(2)));
        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSize(1);
    }

    @Test
    void a429IsTriedAgainAfterItsRetryAfterWhileTheOthersInTheBatchGo() throws Exception {
        String limited = Api.newPhone();
        String first = Api.newPhone();
        String second = Api.newPhone();
        var stub = twilio.tooManyFor(limited, 300);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var ids = enqueue(first, limited, second);
        api.dispatch();

        var retry = awaitRow(ids.get(1), r -> r.getString("status").equals("RETRY"));
        assertThat(retry.getString("status")).as("not unknown: a 429 certainly did not leave").isEqualTo("RETRY");
        assertThat(retry.getString("error")).contains("429");
        assertThat(Instant.parse(retry.getString("due")))
                .as("not before Twilio's Retry-After (300 s, longer than the first backoff of a minute)")
                .isAfterOrEqualTo(before.plusSeconds(300))
                .isBefore(Instant.now().plusSeconds(302));
        assertThat(retry.getInt("attempts")).isEqualTo(1);
        assertThat(awaitRow(ids.get(0), r -> r.getString("status").equals("SENT")).getString("status"))
                .isEqualTo("SENT");
        assertThat(awaitRow(ids.get(2), r -> r.getString("status").equals("SENT")).getString("status"))
                .isEqualTo("SENT");
        assertThat(twilio.sentTo(first)).hasSize(1);
        assertThat(twilio.sentTo(second)).hasSize(1);
        assertThat(twilio.sentTo(limited)).hasSize(1);

        twilio.stopFailing(stub);
        api.dispatch();
        assertThat(row(ids.get(1)).getString("status")).as("not before its time").isEqualTo("RETRY");
        assertThat(twilio.sentTo(limited)).hasSize(1);

        try {
            api.clock(Instant.now().plus(Duration.ofMinutes(6)));
            api.dispatch();
            var through = awaitRow(ids.get(1), r -> r.getString("status").equals("SENT"));
            assertThat(through.getString("status")).isEqualTo("SENT");
            assertThat(through.getInt("attempts")).isEqualTo(2);
            api.dispatch();
            assertThat(twilio.sentTo(limited)).as("it goes through once").hasSize(2);
            assertThat(twilio.sentTo(first)).hasSize(1);
        } finally {
            api.realClock();
        }
    }

    /**
     * A message waiting to be tried again was handed to its channel once (that try answered 429): a cancellation of
     * what it is about still takes it, and it is not sent when its time comes.
     */
    @Test
    void aMessageWaitingToBeTriedAgainIsCancelledWithWhatItIsAbout() throws Exception {
        String limited = Api.newPhone();
        var stub = twilio.tooManyFor(limited, 60);
        var made = api.post("api/v1/test-support/sms-status/messages?to=" + URLEncoder.encode(limited,
                StandardCharsets.UTF_8), null).json();
        long id = made.getJsonArray("ids").getJsonNumber(0).longValue();
        api.dispatch();
        assertThat(awaitRow(id, r -> r.getString("status").equals("RETRY")).getString("status")).isEqualTo("RETRY");
        twilio.stopFailing(stub);

        var cancelled = api.post("api/v1/test-support/sms-status/messages/cancel?topic="
                + made.getString("topic"), null);
        assertThat(cancelled.json().getInt("cancelled")).isEqualTo(1);
        assertThat(row(id).getString("status")).isEqualTo("CANCELLED");
        try {
            api.clock(Instant.now().plus(Duration.ofMinutes(6)));
            api.dispatch();
            assertThat(row(id).getString("status")).isEqualTo("CANCELLED");
            assertThat(twilio.sentTo(limited)).as("only the try that got the 429").hasSize(1);
        } finally {
            api.realClock();
        }
    }

    @Test
    void theEndpointIsPublicButAnswersOnlyForm() {
        var json = api.post("api/v1/twilio/status?m=1", "{}");
        assertThat(json.status()).isEqualTo(415);
    }

    // helpers

    private List<Long> enqueue(String... phones) {
        var reply = api.post("api/v1/test-support/sms-status/messages?to="
                + URLEncoder.encode(String.join(",", phones), StandardCharsets.UTF_8), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("ids").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue())
                .toList();
    }

    private JsonObject row(long id) {
        var reply = api.get("api/v1/test-support/sms-status/messages/" + id);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    /** Polls (bounded; the dispatch job runs every 2 s in the ITs) until the row is as wanted; returns it as it is then. */
    private JsonObject awaitRow(long id, Predicate<JsonObject> wanted) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject current = row(id);
        while (!wanted.test(current) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            current = row(id);
        }
        return current;
    }

    private static Map<String, String> status(String sid, String phone, String status) {
        var params = new LinkedHashMap<String, String>();
        params.put("SmsSid", sid);
        params.put("SmsStatus", status);
        params.put("MessageStatus", status);
        params.put("To", phone);
        params.put("MessageSid", sid);
        params.put("AccountSid", "ACit0000000000000000000000000000it");
        params.put("From", "Helhed");
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    private static String newSid() {
        var hex = new StringBuilder("SM");
        for (int i = 0; i < 32; i++) {
            hex.append(Integer.toHexString(ThreadLocalRandom.current().nextInt(16)));
        }
        return hex.toString();
    }

    /** A callback as Twilio sends it to {@code publicUrl}: signed for it, posted to our endpoint with its query. */
    private HttpResponse<String> callback(String publicUrl, Map<String, String> params) throws Exception {
        String query = URI.create(publicUrl).getRawQuery();
        return post(query, params, TwilioSigner.sign(TOKEN, publicUrl, params));
    }

    private HttpResponse<String> post(String query, Map<String, String> params, String signature) throws Exception {
        String app = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        var request = HttpRequest.newBuilder(URI.create(app + "api/v1/twilio/status"
                        + (query == null ? "" : "?" + query)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(params.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))))
                .timeout(Duration.ofSeconds(60));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
