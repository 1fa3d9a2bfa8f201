package dk.helhed.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local stand-in for Twilio's Messages API that the real Twilio SDK talks to. It records what the SDK posts, so
 * tests can check recipient, sender, text and credentials.
 */
public class FakeTwilio {
    static final String MESSAGES = "/2010-04-01/Accounts/([A-Za-z0-9]+)/Messages.json";

    /** One SMS as the SDK posted it. */
    public record Sms(String accountSid, String authorisedAs, String to, String from, String body) {
    }

    private final WireMockServer server;

    public FakeTwilio(int port) {
        server = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
        server.start();
        // each message its own sid, as Twilio gives them: status callbacks are matched by it
        server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\"}")
                .withTransformers("response-template")));
    }

    /**
     * From now on, answers every message to {@code phone} with 429 Too Many Requests and this Retry-After (seconds),
     * until {@link #stopFailing} is called with the returned id.
     */
    public UUID tooManyFor(String phone, int retryAfterSeconds) {
        return server.stubFor(post(urlPathMatching(MESSAGES)).atPriority(1)
                .withRequestBody(containing("To=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                        .withBody("{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")))
                .getId();
    }

    /** Takes back a failure set up by {@link #tooManyFor}. */
    public void stopFailing(UUID stub) {
        server.removeStub(server.getSingleStubMapping(stub));
    }

    /** The StatusCallback URL the SDK passed with each message to {@code phone}, in order. */
    public List<String> statusCallbacksOf(String phone) {
        return server.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream()
                .map(FakeTwilio::form).filter(form -> phone.equals(form.get("To")))
                .map(form -> form.get("StatusCallback")).toList();
    }

    /** From now on, answers every message to {@code phone} with this HTTP status and a Twilio error body. */
    public void failFor(String phone, int status) {
        server.stubFor(post(urlPathMatching(MESSAGES)).atPriority(1)
                .withRequestBody(containing("To=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":" + status + "}")));
    }

    /** Like {@link #failFor}, but answering only after {@code delayMillis}, as a slow, failing Twilio would. */
    public void failSlowlyFor(String phone, int status, int delayMillis) {
        server.stubFor(post(urlPathMatching(MESSAGES)).atPriority(1)
                .withRequestBody(containing("To=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withFixedDelay(delayMillis)
                        .withBody("{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":" + status + "}")));
    }

    public List<Sms> sentTo(String phone) {
        return all().stream().filter(sms -> sms.to().equals(phone)).toList();
    }

    public List<Sms> all() {
        return server.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream().map(FakeTwilio::sms).toList();
    }

    /** Waits (polling, bounded) until {@code count} SMS have reached {@code phone}, and returns them. */
    public List<Sms> awaitSentTo(String phone, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (sentTo(phone).size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        return sentTo(phone);
    }

    /** The code in the latest SMS to {@code phone}, waiting (bounded) for the {@code nth} SMS to arrive. */
    public String awaitCode(String phone, int nth) throws InterruptedException {
        var sms = awaitSentTo(phone, nth);
        if (sms.size() < nth) {
            throw new AssertionError("no SMS number " + nth + " to " + phone);
        }
        var matcher = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(sms.get(nth - 1).body());
        if (!matcher.find()) {
            throw new AssertionError("no code in " + sms.get(nth - 1).body());
        }
        return matcher.group(1);
    }

    public void stop() {
        server.stop();
    }

    private static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> decode(kv[0]), kv -> kv.length > 1 ? decode(kv[1]) : ""));
    }

    private static Sms sms(LoggedRequest request) {
        Map<String, String> form = form(request);
        String auth = request.getHeader("Authorization");
        String user = auth == null ? "" : new String(Base64.getDecoder().decode(auth.replace("Basic ", "")),
                StandardCharsets.UTF_8);
        String account = request.getUrl().replaceAll(".*/Accounts/([^/]+)/.*", "$1");
        return new Sms(account, user, form.get("To"), form.get("From"), form.get("Body"));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
