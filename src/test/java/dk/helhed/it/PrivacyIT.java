package dk.helhed.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data has a lifecycle (issue 15): after its time, a booking's, a sign-up's and a message's personal data is
 * erased and the rows stay countable. Replayed with a moved clock against the real retention job.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static FakeTwilio twilio;
    private static FakeSmtp smtp;

    @ArquillianResource
    URL deployment;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.helhed();
    }

    @BeforeAll
    static void fakes() {
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
    }

    @AfterAll
    static void stopFakes() {
        twilio.stop();
        smtp.stop();
    }

    @BeforeEach
    void realTime() {
        api = new Api(deployment);
        api.realClock();
    }

    @AfterEach
    void backToRealTime() {
        api.realClock();
    }

    @Test
    void personalDataIsErasedAfterItsTimeAndTheRowsStayCountable() throws Exception {
        // an appointment a member of staff booked for a resident, with a note for the adviser
        Instant start = ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(3), java.time.LocalTime.of(10, 0), KOEGE)
                .toInstant();
        long slot = api.newSlot(start).getJsonNumber("id").longValue();
        String coordinator = api.newStaff("COORDINATOR", null);
        String residentPhone = Api.newPhone();
        var booked = api.post("api/v1/staff/appointments", Json.createObjectBuilder().add("slotId", slot)
                .add("name", "Fatima Ali").add("phone", residentPhone).add("email", "fatima@example.dk")
                .add("note", "huslejerestance").add("consent", true).add("language", "da").build().toString(),
                Api.as(coordinator));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String reference = booked.json().getString("reference");
        twilio.awaitSentTo(residentPhone, 1);

        // a workshop: one participant verified, one hold never verified
        long event = event(LocalDate.now(KOEGE).plusDays(5).atTime(17, 0));
        assertThat(api.get("event?id=" + event + "&lang=en").body()).as("the sign-up form links to the notice")
                .contains("class=\"privacy-link\"", "privacy?lang=en", "How we look after your information");
        String participantPhone = Api.newPhone();
        var held = api.post("api/v1/events/" + event + "/signups", Json.createObjectBuilder()
                .add("name", "Hodan Warsame").add("phone", participantPhone).build().toString());
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(api.post("api/v1/events/signups/" + held.json().getString("manageToken") + "/verify",
                "{\"code\":\"" + twilio.awaitCode(participantPhone, 1) + "\"}").status()).isEqualTo(200);
        String participant = held.json().getString("reference");
        var neverVerified = api.post("api/v1/events/" + event + "/signups", Json.createObjectBuilder()
                .add("name", "Ingen Kode").add("phone", Api.newPhone()).build().toString());
        assertThat(neverVerified.status()).isEqualTo(201);
        String unverified = neverVerified.json().getString("reference");
        api.dispatch();

        // the day after the hold ran out, the unverified hold's name and phone are gone; the rest is kept
        api.clock(Instant.now().plus(Duration.ofHours(25)));
        api.post("api/v1/test-support/expire-signups", null);
        api.post("api/v1/test-support/retention", null);
        var expired = signup(unverified);
        assertThat(expired.getBoolean("erased")).isTrue();
        assertThat(expired.getString("name")).isEmpty();
        assertThat(expired.getString("phone")).isEmpty();
        assertThat(expired.getString("status")).isEqualTo("EXPIRED");
        assertThat(signup(participant).getString("name")).as("the workshop has not happened").isEqualTo(
                "Hodan Warsame");
        assertThat(api.appointment(reference).getString("name")).isEqualTo("Fatima Ali");

        // 89 days after the appointment: still there (90 by default)
        api.clock(start.plus(Duration.ofDays(89)));
        api.dispatch();
        api.post("api/v1/test-support/retention", null);
        assertThat(api.appointment(reference).getString("note")).isEqualTo("huslejerestance");
        assertThat(signup(participant).getBoolean("erased")).as("the workshop was 87 days ago (30 by default)")
                .isTrue();

        // 91 days after: the resident's name, phone, e-mail and note are gone; status, attendance and language stay
        api.clock(start.plus(Duration.ofDays(91)));
        api.post("api/v1/test-support/retention", null);
        var kept = api.appointment(reference);
        assertThat(kept.getBoolean("erased")).isTrue();
        assertThat(kept.getString("name")).isEmpty();
        assertThat(kept.getString("phone")).isEmpty();
        assertThat(kept.getString("email")).isEmpty();
        assertThat(kept.getString("note")).isEmpty();
        assertThat(kept.getString("status")).isEqualTo("BOOKED");
        assertThat(kept.getString("language")).isEqualTo("da");
        var attended = signup(participant);
        assertThat(attended.getString("name")).isEmpty();
        assertThat(attended.getString("phone")).isEmpty();
        assertThat(attended.getString("status")).isEqualTo("CONFIRMED");
        assertThat(api.outbox(reference)).as("the messages stay, without recipient or text").isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.asJsonObject().getString("to")).isEmpty();
                    assertThat(m.asJsonObject().getString("status")).isIn("SENT", "CANCELLED", "FAILED", "UNKNOWN");
                });

        // a second run erases nothing twice
        var again = api.post("api/v1/test-support/retention", null).json();
        assertThat(again.getInt("appointments")).isZero();
        assertThat(again.getInt("eventSignups")).isZero();
    }

    @Test
    void aWaitingReminderKeepsTheManageLinkOnlySealedAndTheResidentStillGetsIt() throws Exception {
        Instant start = ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(4), java.time.LocalTime.of(11, 0), KOEGE)
                .toInstant();
        long slot = api.newSlot(start).getJsonNumber("id").longValue();
        String phone = Api.newPhone();
        var booked = api.bookVerified(twilio, Api.bookingJson(slot, "Amina Yusuf", phone, null, "da"), phone);
        String token = booked.getString("manageToken");
        String reference = booked.getString("reference");
        api.dispatch();
        assertThat(twilio.sentTo(phone)).as("the confirmation went out with the link")
                .anySatisfy(sms -> assertThat(sms.body()).contains("/manage?t=" + token));

        var reminders = api.outbox(reference).stream().map(m -> m.asJsonObject())
                .filter(m -> m.getString("kind").startsWith("REMINDER")).toList();
        assertThat(reminders).as("reminders wait for the evening before").isNotEmpty().allSatisfy(m -> {
            assertThat(m.getString("status")).isEqualTo("PENDING");
            assertThat(m.getString("stored")).startsWith("sealed:1:").doesNotContain(token)
                    .doesNotContain("manage").doesNotContain("Amina");
            assertThat(m.getString("text")).contains("/manage?t=" + token);
        });
        assertThat(api.get("/health/ready").body()).contains("\"message-texts\":\"sealed\"");

        // the evening before, the reminder goes out opened, with the link
        int sent = twilio.sentTo(phone).size();
        api.clock(start.minus(Duration.ofHours(15)));
        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSizeGreaterThan(sent);
        assertThat(twilio.sentTo(phone).subList(sent, twilio.sentTo(phone).size()))
                .anySatisfy(sms -> assertThat(sms.body()).contains("/manage?t=" + token));

        // a text written in clear by an older version is sealed by the retention job, and reads the same
        String topic = "legacy:" + reference;
        String clear = "Påmindelse: i morgen. Ret eller aflys: https://helhed.test/manage?t=legacy" + reference;
        api.post("api/v1/test-support/outbox/in-clear?topic=" + topic + "&text="
                + java.net.URLEncoder.encode(clear, java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(api.get("api/v1/test-support/outbox?topic=" + topic).array().getJsonObject(0)
                .getString("stored")).isEqualTo(clear);
        api.post("api/v1/test-support/retention", null);
        var legacy = api.get("api/v1/test-support/outbox?topic=" + topic).array().getJsonObject(0);
        assertThat(legacy.getString("stored")).startsWith("sealed:1:").doesNotContain("legacy" + reference);
        assertThat(legacy.getString("text")).isEqualTo(clear);
    }

    private long event(LocalDateTime start) {
        String place = api.post("api/v1/test-support/places", null).json().getString("code");
        var created = api.post("api/v1/test-support/events", Json.createObjectBuilder().add("place", place)
                .add("title", Json.createObjectBuilder().add("da", "Kvindecafé").add("en", "Women's café"))
                .add("description", Json.createObjectBuilder().add("da", "Vi spiser sammen.")
                        .add("en", "We eat together."))
                .add("start", start.toString()).add("end", start.plusHours(2).toString()).add("capacity", 10)
                .build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject signup(String reference) {
        return api.get("api/v1/test-support/signups/" + reference).json();
    }
}
