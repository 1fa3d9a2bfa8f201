package dk.helhed.it;

import dk.helhed.people.entity.PhoneNumber;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Talks to the deployed application over HTTP, as any client would. */
public class Api {
    private final URI app;
    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL deployment) {
        this.app = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        this.server = app.resolve("/");
        current = deployment;
    }

    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).GET(), headers);
    }

    public Reply post(String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request, headers);
    }

    public Reply delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE(), headers);
    }

    public Reply put(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply put(String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return send(request, headers);
    }

    /** The body of a GET as bytes (a spreadsheet); fails unless the answer is 200. */
    public byte[] getBytes(String path, String... headers) {
        var request = HttpRequest.newBuilder(resolve(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        }
    }

    /** Paths starting with "/" are on the server (health, openapi); others are inside the application. */
    private URI resolve(String path) {
        return path.startsWith("/") ? server.resolve(path) : app.resolve(path);
    }

    private Reply send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        }
    }

    // test support (only in the test deployment)

    public JsonObject newSlot(Instant start) {
        return post("api/v1/test-support/slots?start=" + start + "&minutes=45", null).json();
    }

    /** Another slot with the same adviser at the same place as {@code slot}. */
    public JsonObject newSlotBeside(JsonObject slot, Instant start) {
        return post("api/v1/test-support/slots?start=" + start + "&minutes=45&nextTo="
                + slot.getJsonNumber("id").longValue(), null).json();
    }

    /** A slot with an adviser who speaks {@code languages}, e.g. "da,ar". */
    public JsonObject newSlot(Instant start, String languages) {
        return post("api/v1/test-support/slots?start=" + start + "&minutes=45&languages=" + languages, null).json();
    }

    /** A fresh place whose adviser has weekly hours every day 10:00-12:00: {place, adviser}. */
    public JsonObject newWeeklyHours(String languages) {
        return post("api/v1/test-support/weekly-hours?languages=" + languages, null).json();
    }

    public void absence(long adviser, LocalDate from, LocalDate until) {
        post("api/v1/test-support/absences?adviser=" + adviser + "&from=" + from + "&until=" + until, null);
    }

    public int generateSlots() {
        return post("api/v1/test-support/generate-slots", null).json().getInt("made");
    }

    public void clock(Instant at) {
        put("api/v1/test-support/clock?at=" + at);
    }

    public void realClock() {
        put("api/v1/test-support/clock");
    }

    public int dispatch() {
        return post("api/v1/test-support/dispatch", null).json().getInt("handled");
    }

    public JsonObject appointment(String reference) {
        return get("api/v1/test-support/appointments/" + reference).json();
    }

    public JsonArray outbox(String reference) {
        return get("api/v1/test-support/outbox?topic=appointment:" + reference).array();
    }

    public Reply verify(String token, String code) {
        return post("api/v1/appointments/manage/" + token + "/verify", "{\"code\":\"" + code + "\"}");
    }

    public int releaseHolds() {
        return post("api/v1/test-support/release-holds", null).json().getInt("released");
    }

    /** Books as a resident does online: holds the slot, reads the code from the SMS, verifies. */
    public JsonObject bookVerified(FakeTwilio twilio, String json, String phone) throws InterruptedException {
        int before = twilio.sentTo(phone).size();
        var held = post("api/v1/appointments", json);
        if (held.status() != 201) {
            throw new AssertionError("hold failed: " + held.status() + " " + held.body());
        }
        String code = twilio.awaitCode(phone, before + 1);
        var verified = verify(held.json().getString("manageToken"), code);
        if (verified.status() != 200) {
            throw new AssertionError("verify failed: " + verified.status() + " " + verified.body());
        }
        return held.json();
    }

    /** A booking that asks to speak {@code requestedLanguage} at the meeting. */
    public static String bookingJson(long slotId, String name, String phone, String requestedLanguage) {
        return Json.createObjectBuilder(Json.createReader(new StringReader(bookingJson(slotId, name, phone, null,
                        null))).readObject()).add("requestedLanguage", requestedLanguage).build().toString();
    }

    public static String bookingJson(long slotId, String name, String phone, String email, String language) {
        var b = Json.createObjectBuilder().add("slotId", slotId).add("name", name).add("phone", phone);
        if (email != null) {
            b.add("email", email);
        }
        if (language != null) {
            b.add("language", language);
        }
        return b.build().toString();
    }

    /** A staff account made through test support; with {@code adviserOfSlot}, that slot's adviser signs in. */
    public String newStaff(String roles, Long adviserOfSlot) {
        String email = roles.toLowerCase().replace(',', '-') + "-" + ThreadLocalRandom.current().nextInt(1_000_000_000)
                + "@helhed.test";
        post("api/v1/test-support/accounts?email=" + email + "&password=" + STAFF_PASSWORD + "&roles=" + roles
                + (adviserOfSlot == null ? "" : "&adviserOfSlot=" + adviserOfSlot), null);
        return email;
    }

    public static final String STAFF_PASSWORD = "correct-horse-7";

    public static String[] basic(String email, String password) {
        return new String[]{"Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8))};
    }

    /**
     * Signed in as the account, as a program is: with an API token (made once per account and deployment through test
     * support). Staff must use one (HTTP Basic is refused for an account with a second factor); it serves everyone.
     */
    public static String[] as(String email) {
        URL at = current;
        String token = TOKENS.computeIfAbsent(at + " " + email, k -> new Api(at).post(
                "api/v1/test-support/api-tokens?email=" + java.net.URLEncoder.encode(email,
                        java.nio.charset.StandardCharsets.UTF_8), null).json().getString("token"));
        return new String[]{"Authorization", "Bearer " + token};
    }

    /** These headers and more (name, value, …). */
    public static String[] with(String[] headers, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(headers), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    /** The code the account's authenticator app shows now (one not yet used), waiting up to a minute for one. */
    public String code(String email) throws InterruptedException {
        for (int tries = 0; tries < 70; tries++) {
            var reply = get("api/v1/test-support/second-factor/code?email=" + java.net.URLEncoder.encode(email,
                    java.nio.charset.StandardCharsets.UTF_8));
            if (reply.status() == 200) {
                return reply.json().getString("code");
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no unused code for " + email + " within a minute");
    }

    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile URL current;

    /** A valid Danish mobile number no other test uses (about one in ten random ones is unallocated). */
    public static String newPhone() {
        while (true) {
            String number = "+452" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
            if (PhoneNumber.parse(number).isPresent()) {
                return number;
            }
        }
    }

    public static String newEmail() {
        return "resident-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.dk";
    }
}
