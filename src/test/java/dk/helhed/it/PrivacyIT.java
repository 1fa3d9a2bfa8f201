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

    @Test
    void aCoordinatorFindsExportsCorrectsAndErasesWhatIsHeldAboutAResidentAndEachStepIsLogged() throws Exception {
        String coordinator = api.newStaff("COORDINATOR", null);
        String admin = api.newStaff("ADMIN", null);
        Instant start = ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(6), java.time.LocalTime.of(9, 0), KOEGE)
                .toInstant();
        var slotJson = api.newSlot(start);
        long slot = slotJson.getJsonNumber("id").longValue();
        String phone = Api.newPhone();
        String email = "amina." + phone.substring(5) + "@example.dk";
        var booked = api.bookVerified(twilio, Api.bookingJson(slot, "Amina Yusuf", phone, email, "ar"), phone);
        String reference = booked.getString("reference");
        api.dispatch();
        long event = event(LocalDate.now(KOEGE).plusDays(8).atTime(17, 0));
        int sent = twilio.awaitSentTo(phone, 2).size();
        var held = api.post("api/v1/events/" + event + "/signups", Json.createObjectBuilder()
                .add("name", "Amina Yusuf").add("phone", phone).add("language", "ar").build().toString());
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(api.post("api/v1/events/signups/" + held.json().getString("manageToken") + "/verify",
                "{\"code\":\"" + twilio.awaitCode(phone, sent + 1) + "\"}").status()).isEqualTo(200);
        String signup = held.json().getString("reference");
        api.dispatch();

        // found by phone, written as a resident says it, and by e-mail in another case
        var found = search(phone.substring(3), Api.as(coordinator));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        var report = found.json();
        assertThat(report.getString("who")).isEqualTo(phone);
        assertThat(report.getJsonArray("appointments")).hasSize(1);
        var appointment = report.getJsonArray("appointments").getJsonObject(0);
        assertThat(appointment.getString("reference")).isEqualTo(reference);
        assertThat(appointment.getString("name")).isEqualTo("Amina Yusuf");
        assertThat(appointment.getString("email")).isEqualTo(email);
        assertThat(appointment.getString("language")).isEqualTo("ar");
        assertThat(report.getJsonArray("signups")).hasSize(1);
        assertThat(report.getJsonArray("signups").getJsonObject(0).getString("reference")).isEqualTo(signup);
        assertThat(report.getJsonArray("messages")).as("codes, confirmations, waiting reminders").hasSizeGreaterThan(3)
                .allSatisfy(m -> assertThat(m.asJsonObject().containsKey("body")).isFalse());
        assertThat(report.getJsonNumber("smsCodes").longValue()).isEqualTo(2);
        assertThat(search(email.toUpperCase(), Api.as(coordinator))
                .json().getJsonArray("appointments").getJsonObject(0).getString("reference")).isEqualTo(reference);
        var export = api.post("api/v1/coordinator/data-subjects/export", Json.createObjectBuilder().add("who", phone)
                .build().toString(), Api.as(coordinator));
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        assertThat(export.json().getJsonArray("appointments")).hasSize(1);

        // refusals say why, in the person's language; other roles may not look
        var empty = search("", Api.with(Api.as(coordinator), "Accept-Language", "en"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("who");
        assertThat(search("hello", Api.as(coordinator)).status()).isEqualTo(400);
        assertThat(api.post("api/v1/coordinator/data-subjects/search", null, Api.as(coordinator)).status())
                .as("no body").isEqualTo(400);
        assertThat(search(phone, Api.as(api.newStaff("ADVISER", null))).status()).isEqualTo(403);
        assertThat(search(phone).status()).isEqualTo(401);

        // a correction: the new phone everywhere, and the waiting reminders go to it; a bad one changes nothing
        String newPhone = Api.newPhone();
        var bad = api.post("api/v1/coordinator/data-subjects/correction", Json.createObjectBuilder().add("who", phone)
                .add("name", "Amina Y. Hassan").add("phone", "12").build().toString(), Api.as(coordinator));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(api.appointment(reference).getString("name")).isEqualTo("Amina Yusuf");
        var corrected = api.post("api/v1/coordinator/data-subjects/correction", Json.createObjectBuilder()
                .add("who", phone).add("name", "Amina Y. Hassan").add("phone", newPhone).add("email", email)
                .build().toString(), Api.as(coordinator));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().getString("who")).isEqualTo(newPhone);
        assertThat(api.appointment(reference).getString("name")).isEqualTo("Amina Y. Hassan");
        assertThat(api.appointment(reference).getString("phone")).isEqualTo(newPhone);
        assertThat(signup(signup).getString("phone")).isEqualTo(newPhone);
        assertThat(api.outbox(reference).stream().map(m -> m.asJsonObject())
                .filter(m -> m.getString("status").equals("PENDING") && m.getString("channel").equals("SMS")))
                .as("waiting reminders").isNotEmpty().allSatisfy(m -> assertThat(m.getString("to")).isEqualTo(newPhone));

        // erasure: asked to confirm; then the booking and sign-up still to come are cancelled and everything erased
        assertThat(api.post("api/v1/coordinator/data-subjects/erasure", Json.createObjectBuilder()
                .add("who", newPhone).build().toString(), Api.as(coordinator)).status()).isEqualTo(400);
        assertThat(api.appointment(reference).getBoolean("erased")).isFalse();
        var erased = api.post("api/v1/coordinator/data-subjects/erasure", Json.createObjectBuilder()
                .add("who", newPhone).add("confirm", true).build().toString(), Api.as(coordinator));
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().getInt("appointments")).isEqualTo(1);
        assertThat(erased.json().getInt("signups")).isEqualTo(1);
        var gone = api.appointment(reference);
        assertThat(gone.getBoolean("erased")).isTrue();
        assertThat(gone.getString("status")).isEqualTo("CANCELLED");
        assertThat(gone.getString("name")).isEmpty();
        assertThat(gone.getString("phone")).isEmpty();
        assertThat(gone.getString("email")).isEmpty();
        assertThat(gone.getString("language")).as("kept for the reports").isEqualTo("ar");
        assertThat(signup(signup).getBoolean("erased")).isTrue();
        assertThat(signup(signup).getString("status")).isEqualTo("CANCELLED");
        assertThat(api.outbox(reference)).allSatisfy(m -> {
            assertThat(m.asJsonObject().getString("to")).isEmpty();
            assertThat(m.asJsonObject().getString("status")).isNotIn("PENDING", "RETRY");
        });
        int before = twilio.sentTo(newPhone).size();
        api.dispatch();
        assertThat(twilio.sentTo(newPhone)).as("no message about the cancellation").hasSize(before);
        assertThat(api.get("api/v1/appointment-slots?place=" + slotJson.getString("place") + "&from="
                + LocalDate.now(KOEGE).plusDays(6)).body()).as("the slot is free again").contains("\"id\":" + slot);
        var after = search(newPhone, Api.as(coordinator)).json();
        assertThat(after.getJsonArray("appointments")).isEmpty();
        assertThat(after.getJsonArray("signups")).isEmpty();
        assertThat(after.getJsonNumber("smsCodes").longValue()).isZero();
        assertThat(search(phone, Api.as(coordinator)).json().getJsonArray("messages")).as("nor under the old phone")
                .isEmpty();
        assertThat(search(email, Api.as(coordinator)).json().getJsonArray("messages")).as("nor the e-mail address")
                .isEmpty();

        // each step is in the access log, with the person's number masked (the log outlives the erasure)
        var logged = api.get("api/v1/admin/access-log?actor=" + enc(coordinator), Api.as(admin)).array().stream()
                .map(e -> e.asJsonObject()).toList();
        assertThat(logged).extracting(e -> e.getString("action")).contains("VIEW_DATA_SUBJECT",
                "EXPORT_DATA_SUBJECT", "CORRECTED_DATA_SUBJECT", "ERASED_DATA_SUBJECT");
        assertThat(logged).extracting(e -> e.getString("subject")).contains("person:…" + newPhone.substring(
                newPhone.length() - 4)).noneMatch(subject -> subject.contains(newPhone));
    }

    @Test
    void aVolunteerDownloadsTheirDataAndDeletesTheirAccountAndTheCoordinatorsLearnOfTheOpenShift()
            throws Exception {
        String coordinator = api.newStaff("COORDINATOR", null);
        var volunteer = volunteer();
        long shift = shift(LocalDate.now(KOEGE).plusDays(9));
        assertThat(api.post("api/v1/volunteer/shifts/" + shift + "/assignment", null, Api.as(volunteer[0]))
                .status()).isEqualTo(201);

        var mine = api.get("api/v1/account/data", Api.as(volunteer[0]));
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.header("Content-Disposition")).startsWith("attachment");
        var person = mine.json().getJsonArray("people").getJsonObject(0);
        assertThat(person.getJsonObject("person").getString("email")).isEqualTo(volunteer[0]);
        assertThat(person.getJsonObject("person").getString("phone")).isEqualTo(volunteer[1]);
        assertThat(person.getJsonArray("shifts")).hasSize(1);

        var wrong = api.post("api/v1/account/data/deletion", "{\"password\":\"not it\"}",
                Api.with(Api.as(volunteer[0]), "Accept-Language", "en"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
        assertThat(api.get("api/v1/account/profile", Api.as(volunteer[0])).status()).isEqualTo(200);
        assertThat(api.post("api/v1/account/data/deletion", "{\"password\":\"" + Api.STAFF_PASSWORD + "\"}",
                Api.as(coordinator)).status()).as("staff leave through an admin").isEqualTo(409);

        var deleted = api.post("api/v1/account/data/deletion", "{\"password\":\"" + Api.STAFF_PASSWORD + "\"}",
                Api.as(volunteer[0]));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api.get("api/v1/account/profile", Api.as(volunteer[0])).status()).isEqualTo(401);
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + shift).json().getInt("live")).isZero();
        assertThat(search(volunteer[0], Api.as(coordinator)).json().getJsonArray("people"))
                .as("nothing under the old address").isEmpty();
        assertThat(search(volunteer[1], Api.as(coordinator)).json().getJsonArray("people")).as("nor the phone")
                .isEmpty();
        api.dispatch();
        assertThat(smtp.awaitMailsTo(coordinator, 1)).anySatisfy(mail -> {
            assertThat(mail.subject()).contains("1 vagter er ledige igen");
            assertThat(mail.body()).doesNotContain(volunteer[1]);
        });
    }

    @Test
    void anAdminDeactivatesALeaverWhoseSessionsEndWhoseShiftsOpenAndWhoCannotSignIn() throws Exception {
        String admin = api.newStaff("ADMIN", null);
        String coordinator = api.newStaff("COORDINATOR", null);
        var volunteer = volunteer();
        long shift = shift(LocalDate.now(KOEGE).plusDays(10));
        assertThat(api.post("api/v1/volunteer/shifts/" + shift + "/assignment", null, Api.as(volunteer[0]))
                .status()).isEqualTo(201);
        var signedIn = api.get("api/v1/account/profile", Api.as(volunteer[0]));
        String cookie = signedIn.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        assertThat(api.get("api/v1/account/profile", "Cookie", cookie).status()).isEqualTo(200);

        long id = api.get("api/v1/admin/accounts", Api.as(admin)).array().stream().map(a -> a.asJsonObject())
                .filter(a -> a.getString("email").equals(volunteer[0])).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(api.post("api/v1/admin/accounts/" + id + "/deactivation", null, Api.as(coordinator)).status())
                .as("only admins").isEqualTo(403);
        long self = api.get("api/v1/admin/accounts", Api.as(admin)).array().stream().map(a -> a.asJsonObject())
                .filter(a -> a.getString("email").equals(admin)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(api.post("api/v1/admin/accounts/" + self + "/deactivation", null, Api.as(admin)).status())
                .as("not oneself").isEqualTo(409);
        assertThat(api.post("api/v1/admin/accounts/999999999/deactivation", null, Api.as(admin)).status())
                .isEqualTo(404);

        var done = api.post("api/v1/admin/accounts/" + id + "/deactivation", null, Api.as(admin));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().getBoolean("active")).isFalse();
        assertThat(api.get("api/v1/account/profile", "Cookie", cookie).status()).as("the session ended")
                .isEqualTo(401);
        assertThat(api.get("api/v1/account/profile", Api.as(volunteer[0])).status()).as("no more sign-in")
                .isEqualTo(401);
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + shift).json().getInt("live")).isZero();
        api.dispatch();
        assertThat(smtp.awaitMailsTo(coordinator, 1)).anySatisfy(mail -> assertThat(mail.subject())
                .contains("er stoppet"));
        assertThat(api.get("api/v1/admin/access-log?action=DEACTIVATED&subject=" + enc("account:" + volunteer[0]),
                Api.as(admin)).array()).hasSize(1);
    }

    /** A volunteer with an account: e-mail and phone. */
    private String[] volunteer() {
        String email = "frivillig-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000)
                + "@helhed.test";
        String phone = Api.newPhone();
        var reply = api.post("api/v1/test-support/volunteering/volunteers?email=" + email + "&password="
                + Api.STAFF_PASSWORD + "&phone=" + enc(phone) + "&sms=true", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new String[] {email, phone};
    }

    /** A pavilion shift at 14:00 that day, needing two. */
    private long shift(LocalDate day) {
        Instant start = day.atTime(14, 0).atZone(KOEGE).toInstant();
        var reply = api.post("api/v1/test-support/volunteering/shifts?start=" + start + "&minutes=120&needed=2",
                null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("id").longValue();
    }

    private Api.Reply search(String who, String... headers) {
        return api.post("api/v1/coordinator/data-subjects/search", Json.createObjectBuilder().add("who", who).build()
                .toString(), headers);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
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
