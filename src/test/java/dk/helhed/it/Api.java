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
import java.util.concurrent.ThreadLocalRandom;

/** Talks to the deployed application over HTTP, as any client would. */
public class Api {
    private final URI app;
    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL deployment) {
        this.app = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        this.server = app.resolve("/");
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

    public Reply put(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** Paths starting with "/" are on the server (health, openapi); others are inside the application. */
    private URI resolve(String path) {
        return path.startsWith("/") ? server.resolve(path) : app.resolve(path);
    }

    private Reply send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
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
