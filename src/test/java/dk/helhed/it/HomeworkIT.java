package dk.helhed.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Homework help end to end, inside Payara Micro on MariaDB through Connector/J, with GreenMail and the real Twilio
 * SDK against a local fake: a coordinator makes a series through the coordinator API, parents reserve seats through
 * the events' sign-up with the SMS code, and cancelling or moving a session tells tutors and families. The clock is
 * set to 1 March 2027 so the term crosses Easter and the change to summer time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeworkIT {
    private static final Instant MARCH_1 = Instant.parse("2027-03-01T08:00:00Z");
    private static FakeTwilio twilio;
    private static FakeSmtp smtp;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.helhed();
    }

    @BeforeAll
    static void servers() {
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
    }

    @AfterAll
    static void stopServers() {
        twilio.stop();
        smtp.stop();
    }

    private Api api;
    private String[] coordinator;

    @BeforeEach
    void setUp() {
        api = new Api(deployment);
        api.clock(MARCH_1);
        coordinator = Api.as(api.newStaff("COORDINATOR", null));
    }

    @AfterEach
    void realTime() {
        api.realClock();
    }

    @Test
    void aSeriesMakesSessionsWithShiftsAndSeatsThatParentsReserveUntilFullThenTheWaitlist() throws Exception {
        String place = newPlace();
        var created = api.post("api/v1/coordinator/homework-series",
                seriesJson(place, "2027-03-22", "2027-04-02", 2), coordinator);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/coordinator/homework-series/");
        var series = created.json().getJsonObject("series");
        assertThat(series.getString("rrule")).isEqualTo("FREQ=WEEKLY;UNTIL=20270402;BYDAY=TU,TH");
        assertThat(series.getString("title")).isEqualTo("Lektiehjælp – Studieplaneten");
        var sessions = objects(created.json().getJsonArray("sessions"));
        // Thursday 25 March is Skærtorsdag; 28 March the clocks go forward, and 15:00 stays 15:00
        assertThat(sessions).extracting(s -> s.getString("day"), s -> s.getString("start"), s -> s.getString("end"))
                .containsExactly(
                        tuple("2027-03-23", "2027-03-23T15:00:00+01:00", "2027-03-23T17:00:00+01:00"),
                        tuple("2027-03-30", "2027-03-30T15:00:00+02:00", "2027-03-30T17:00:00+02:00"),
                        tuple("2027-04-01", "2027-04-01T15:00:00+02:00", "2027-04-01T17:00:00+02:00"));
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.getInt("childSeats")).isEqualTo(2);
            assertThat(objects(s.getJsonArray("shifts")))
                    .extracting(sh -> sh.getString("subject", "ANY"), sh -> sh.getInt("needed"),
                            sh -> sh.getInt("taken"), sh -> sh.getString("start"))
                    .containsExactly(tuple("MATHS", 1, 0, s.getString("start")),
                            tuple("DANISH", 1, 0, s.getString("start")), tuple("ANY", 1, 0, s.getString("start")));
        });
        var listed = api.get("api/v1/coordinator/homework-series/" + series.getInt("id") + "/sessions", coordinator);
        assertThat(objects(listed.array())).hasSize(3);

        long event = sessions.get(1).getJsonNumber("eventId").longValue();
        var seat = api.get("api/v1/events/" + event, "Accept-Language", "en").json();
        assertThat(seat.getString("title")).isEqualTo("Homework help: Studieplaneten");
        assertThat(seat.getString("description")).contains("child's name");
        assertThat(seat.getInt("capacity")).isEqualTo(2);
        assertThat(seat.getString("start")).isEqualTo("2027-03-30T15:00:00+02:00");

        for (String parent : List.of("Yasmin Ali", "Sara Jensen")) {
            String phone = Api.newPhone();
            var held = api.post("api/v1/events/" + event + "/signups", signupJson(parent, phone));
            assertThat(held.status()).as(held.body()).isEqualTo(201);
            assertThat(held.json().getString("status")).isEqualTo("HELD");
            var verified = api.post("api/v1/events/signups/" + held.json().getString("manageToken") + "/verify",
                    "{\"code\":\"" + twilio.awaitCode(phone, 1) + "\"}");
            assertThat(verified.json().getString("status")).isEqualTo("CONFIRMED");
        }
        var late = api.post("api/v1/events/" + event + "/signups", signupJson("Omar Hassan", Api.newPhone()));
        assertThat(late.json().getString("status")).isEqualTo("WAITLISTED");
        assertThat(late.json().getInt("position")).isEqualTo(1);

        var open = api.get("api/v1/homework-sessions?place=" + place + "&from=2027-03-29&to=2027-04-02");
        assertThat(open.status()).isEqualTo(200);
        assertThat(objects(open.array())).extracting(s -> s.getString("start"), s -> s.getInt("seatsLeft"),
                        s -> s.getJsonNumber("eventId").longValue())
                .containsExactly(tuple("2027-03-30T15:00:00+02:00", 0, event),
                        tuple("2027-04-01T15:00:00+02:00", 2, sessions.get(2).getJsonNumber("eventId").longValue()));
        assertThat(open.body()).doesNotContain("Yasmin", "tutor");
        assertThat(api.get("api/v1/events?place=" + place + "&from=2027-03-22&to=2027-04-02").array())
                .as("the seats are listed on the homework page, not among the events").isEmpty();
        assertThat(api.get("api/v1/homework-sessions?place=nowhere").status()).isEqualTo(400);
        // a parent's app asking in Somali is told in Somali that the days are the wrong way round
        var reversed = api.get("api/v1/homework-sessions?from=2027-04-02&to=2027-03-29", "Accept-Language", "so");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo(dk.helhed.i18n.Texts.text(dk.helhed.i18n.Language.SO, "field.range.reversed"))
                .isNotEqualTo(dk.helhed.i18n.Texts.text(dk.helhed.i18n.Language.DA, "field.range.reversed"));
    }

    @Test
    void cancellingASessionReleasesItsTutorsWithdrawsTheirRemindersAndTellsTutorsAndFamilies() throws Exception {
        String place = newPlace();
        var sessions = objects(api.post("api/v1/coordinator/homework-series",
                seriesJson(place, "2027-03-08", "2027-03-12", 4), coordinator).json().getJsonArray("sessions"));
        var session = sessions.get(0);
        long maths = shift(session, "MATHS");
        String tutorPhone = Api.newPhone();
        String tutorEmail = Api.newEmail();
        long tutor = volunteer("Lærke Lærer", tutorPhone, tutorEmail, true);
        long assignment = take(maths, tutor);
        api.post("api/v1/test-support/homework/assignments/" + assignment + "/reminder", null);
        String parentPhone = Api.newPhone();
        long event = session.getJsonNumber("eventId").longValue();
        var held = api.post("api/v1/events/" + event + "/signups", signupJson("Ahmed Nuur", parentPhone)).json();
        api.post("api/v1/events/signups/" + held.getString("manageToken") + "/verify",
                "{\"code\":\"" + twilio.awaitCode(parentPhone, 1) + "\"}");

        var cancelled = api.post("api/v1/coordinator/homework-sessions/" + session.getInt("id") + "/cancel", null,
                coordinator);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(objects(cancelled.json().getJsonArray("shifts")))
                .extracting(s -> s.getString("status"), s -> s.getInt("taken"))
                .containsOnly(tuple("CANCELLED", 0));
        assertThat(api.get("api/v1/test-support/homework/assignments/" + assignment).json().getString("status"))
                .isEqualTo("RELEASED");
        assertThat(objects(api.get("api/v1/test-support/outbox?topic=shift-assignment:" + assignment).array()))
                .extracting(m -> m.getString("status")).containsExactly("CANCELLED");
        assertThat(api.get("api/v1/events/" + event).json().getString("status")).isEqualTo("CANCELLED");

        api.dispatch();
        assertThat(twilio.awaitSentTo(tutorPhone, 1)).singleElement().satisfies(sms ->
                assertThat(sms.body()).contains("Lektiehjælp: Studieplaneten", "er aflyst", "kl. 15:00",
                        "Matematik"));
        assertThat(smtp.awaitMailsTo(tutorEmail, 1)).singleElement().satisfies(mail ->
                assertThat(mail.subject()).contains("er aflyst"));
        assertThat(twilio.awaitSentTo(parentPhone, 3)).last().satisfies(sms ->
                assertThat(sms.body()).contains("aflyst", held.getString("reference")));

        var again = api.post("api/v1/coordinator/homework-sessions/" + session.getInt("id") + "/cancel", null,
                coordinator);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).isEqualTo("Gangen er aflyst.");
    }

    @Test
    void movingASessionMovesShiftsAndSeatsTellsEveryoneAndReleasesATutorBusyAtTheNewTime() throws Exception {
        String place = newPlace();
        var sessions = objects(api.post("api/v1/coordinator/homework-series",
                seriesJson(place, "2027-03-08", "2027-03-12", 4), coordinator).json().getJsonArray("sessions"));
        var tuesday = sessions.get(0);
        var thursday = sessions.get(1);
        String keptPhone = Api.newPhone();
        long kept = volunteer("Karen Bliver", keptPhone, Api.newEmail(), true);
        long keptAssignment = take(shift(tuesday, "MATHS"), kept);
        api.post("api/v1/test-support/homework/assignments/" + keptAssignment + "/reminder", null);
        String busyPhone = Api.newPhone();
        String busyEmail = Api.newEmail();
        long busy = volunteer("Bo Optaget", busyPhone, busyEmail, false);
        long busyAssignment = take(shift(tuesday, "DANISH"), busy);
        take(shift(thursday, "ANY"), busy);
        String parentPhone = Api.newPhone();
        long event = tuesday.getJsonNumber("eventId").longValue();
        var held = api.post("api/v1/events/" + event + "/signups", signupJson("Fatima Omar", parentPhone)).json();
        api.post("api/v1/events/signups/" + held.getString("manageToken") + "/verify",
                "{\"code\":\"" + twilio.awaitCode(parentPhone, 1) + "\"}");

        var moved = api.post("api/v1/coordinator/homework-sessions/" + tuesday.getInt("id") + "/move",
                "{\"date\":\"2027-03-11\",\"start\":\"16:00\",\"end\":\"18:00\"}", coordinator);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        var after = moved.json();
        assertThat(after.getString("start")).isEqualTo("2027-03-11T16:00:00+01:00");
        assertThat(after.getBoolean("moved")).isTrue();
        assertThat(objects(after.getJsonArray("shifts")))
                .extracting(s -> s.getString("subject", "ANY"), s -> s.getString("start"),
                        s -> s.getInt("taken"))
                .containsExactly(tuple("MATHS", "2027-03-11T16:00:00+01:00", 1),
                        tuple("DANISH", "2027-03-11T16:00:00+01:00", 0),
                        tuple("ANY", "2027-03-11T16:00:00+01:00", 0));
        assertThat(api.get("api/v1/events/" + event).json().getString("start"))
                .isEqualTo("2027-03-11T16:00:00+01:00");
        assertThat(api.get("api/v1/test-support/homework/assignments/" + keptAssignment).json().getString("status"))
                .isEqualTo("TAKEN");
        assertThat(api.get("api/v1/test-support/homework/assignments/" + busyAssignment).json().getString("status"))
                .as("busy at the new time: released").isEqualTo("RELEASED");
        var keptMessages = objects(api.get("api/v1/test-support/outbox?topic=shift-assignment:" + keptAssignment)
                .array());
        assertThat(keptMessages).filteredOn(m -> m.getString("status").equals("CANCELLED"))
                .as("the reminder for the old time").hasSize(1);
        assertThat(keptMessages).filteredOn(m -> m.getString("status").equals("PENDING"))
                .as("filed again for 18:00 the evening before the new time")
                .extracting(m -> m.getString("kind"), m -> m.getString("channel"), m -> m.getString("due"))
                .containsExactlyInAnyOrder(tuple("REMINDER", "EMAIL", "2027-03-10T17:00:00Z"),
                        tuple("REMINDER", "SMS", "2027-03-10T17:00:00Z"));

        api.dispatch();
        assertThat(twilio.awaitSentTo(keptPhone, 1)).singleElement().satisfies(sms -> assertThat(sms.body())
                .contains("er flyttet fra", "kl. 15:00", "kl. 16:00", "Du har stadig din vagt"));
        assertThat(smtp.awaitMailsTo(busyEmail, 1)).singleElement().satisfies(mail ->
                assertThat(mail.body()).contains("allerede en anden vagt", "Dansk"));
        assertThat(twilio.sentTo(busyPhone)).as("no SMS without consent").isEmpty();
        assertThat(twilio.awaitSentTo(parentPhone, 3)).last().satisfies(sms ->
                assertThat(sms.body()).contains("er flyttet fra", "kl. 16:00", held.getString("reference")));
        assertThat(objects(api.get("api/v1/test-support/outbox?topic=signup:" + held.getString("reference")).array()))
                .filteredOn(m -> m.getString("kind").equals("REMINDER"))
                .extracting(m -> m.getString("status"), m -> m.getString("due"))
                .containsExactlyInAnyOrder(tuple("CANCELLED", "2027-03-08T17:00:00Z"),
                        tuple("PENDING", "2027-03-10T17:00:00Z"));
    }

    @Test
    void aSeriesEndedEarlyCancelsTheSessionsAfterItsLastDayAndTheUntakenOnesComeOffWithoutAWord() throws Exception {
        String place = newPlace();
        var made = api.post("api/v1/coordinator/homework-series", seriesJson(place, "2027-03-08", "2027-03-24", 4),
                coordinator).json();
        long series = made.getJsonObject("series").getJsonNumber("id").longValue();
        var sessions = objects(made.getJsonArray("sessions"));
        assertThat(sessions).extracting(s -> s.getString("day"))
                .containsExactly("2027-03-09", "2027-03-11", "2027-03-16", "2027-03-18", "2027-03-23");
        String keptPhone = Api.newPhone();
        take(shift(sessions.get(2), "MATHS"), volunteer("Kim Bliver", keptPhone, Api.newEmail(), true));
        String goneEmail = Api.newEmail();
        long gone = volunteer("Gry Går", Api.newPhone(), goneEmail, false);
        take(shift(sessions.get(3), "DANISH"), gone);
        String parentPhone = Api.newPhone();
        long lastEvent = sessions.get(4).getJsonNumber("eventId").longValue();
        var held = api.post("api/v1/events/" + lastEvent + "/signups", signupJson("Hodan Warsame", parentPhone))
                .json();
        api.post("api/v1/events/signups/" + held.getString("manageToken") + "/verify",
                "{\"code\":\"" + twilio.awaitCode(parentPhone, 1) + "\"}");
        String path = "api/v1/coordinator/homework-series/" + series;

        var english = join(coordinator, "Accept-Language", "en");
        var later = api.post(path + "/end", "{\"lastDay\":\"2027-03-24\"}", english);
        assertThat(later.status()).as(later.body()).isEqualTo(400);
        assertThat(later.json().getJsonArray("errors")).singleElement().satisfies(e -> {
            assertThat(e.asJsonObject().getString("field")).isEqualTo("lastDay");
            assertThat(e.asJsonObject().getString("message")).isEqualTo(
                    "The series already ends on 2027-03-24: choose an earlier day. A longer term is a new series.");
        });
        assertThat(api.post(path + "/end", "{\"lastDay\":\"2027-03-01\"}", coordinator).status()).isEqualTo(400);
        assertThat(api.post(path + "/end", "{\"lastDay\":\"16/3\"}", coordinator).status()).isEqualTo(400);
        assertThat(api.post(path + "/end", "{}", coordinator).status()).isEqualTo(400);
        assertThat(api.post("api/v1/coordinator/homework-series/987654321/end", "{\"lastDay\":\"2027-03-16\"}",
                coordinator).status()).isEqualTo(404);
        assertThat(api.post(path + "/end", "{\"lastDay\":\"2027-03-16\"}").status()).isEqualTo(401);
        assertThat(objects(api.get(path + "/sessions", coordinator).array())).as("nothing changed by a refusal")
                .extracting(s -> s.getString("status")).containsOnly("SCHEDULED");

        var ended = api.post(path + "/end", "{\"lastDay\":\"2027-03-16\"}", coordinator);

        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().getInt("cancelled")).isEqualTo(2);
        assertThat(ended.json().getJsonObject("series").getString("termLast")).isEqualTo("2027-03-16");
        assertThat(objects(api.get(path + "/sessions", coordinator).array()))
                .extracting(s -> s.getString("day"), s -> s.getString("status"))
                .containsExactly(tuple("2027-03-09", "SCHEDULED"), tuple("2027-03-11", "SCHEDULED"),
                        tuple("2027-03-16", "SCHEDULED"), tuple("2027-03-18", "CANCELLED"),
                        tuple("2027-03-23", "CANCELLED"));
        api.dispatch();
        assertThat(smtp.awaitMailsTo(goneEmail, 1)).singleElement().satisfies(mail ->
                assertThat(mail.subject()).contains("er aflyst"));
        assertThat(twilio.awaitSentTo(parentPhone, 3)).last().satisfies(sms ->
                assertThat(sms.body()).contains("aflyst", held.getString("reference")));

        var removed = api.post(path + "/remove-untaken", null, coordinator);

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().getInt("removed")).as("9 and 11 March; a tutor has 16 March").isEqualTo(2);
        assertThat(objects(api.get(path + "/sessions", coordinator).array()))
                .extracting(s -> s.getString("day"), s -> s.getString("status"))
                .containsExactly(tuple("2027-03-09", "CANCELLED"), tuple("2027-03-11", "CANCELLED"),
                        tuple("2027-03-16", "SCHEDULED"), tuple("2027-03-18", "CANCELLED"),
                        tuple("2027-03-23", "CANCELLED"));
        api.dispatch();
        assertThat(twilio.sentTo(keptPhone)).as("the tutor who stays is not told of the others")
                .noneMatch(sms -> sms.body().contains("aflyst"));
        assertThat(api.post(path + "/remove-untaken", null, coordinator).json().getInt("removed")).isZero();
    }

    @Test
    void aSeriesChangedFromNowOnReseatsAndRestaffsItsComingSessionsAndTellsTheTutorsItTakesOff() throws Exception {
        String place = newPlace();
        var made = api.post("api/v1/coordinator/homework-series", seriesJson(place, "2027-03-08", "2027-03-12", 1),
                coordinator).json();
        long series = made.getJsonObject("series").getJsonNumber("id").longValue();
        var sessions = objects(made.getJsonArray("sessions"));
        assertThat(sessions).hasSize(2);
        String danishEmail = Api.newEmail();
        take(shift(sessions.get(0), "DANISH"), volunteer("Dorte Dansk", Api.newPhone(), danishEmail, false));
        long maths = volunteer("Mads Matematik", Api.newPhone(), Api.newEmail(), false);
        take(shift(sessions.get(0), "MATHS"), maths);
        long event = sessions.get(1).getJsonNumber("eventId").longValue();
        String first = Api.newPhone();
        var held = api.post("api/v1/events/" + event + "/signups", signupJson("Faadumo Ali", first)).json();
        api.post("api/v1/events/signups/" + held.getString("manageToken") + "/verify",
                "{\"code\":\"" + twilio.awaitCode(first, 1) + "\"}");
        String waiting = Api.newPhone();
        var line = api.post("api/v1/events/" + event + "/signups", signupJson("Ayaan Warsame", waiting)).json();
        api.post("api/v1/events/signups/" + line.getString("manageToken") + "/verify",
                "{\"code\":\"" + twilio.awaitCode(waiting, 1) + "\"}");
        assertThat(api.get("api/v1/events/signups/" + line.getString("manageToken")).json().getString("status"))
                .isEqualTo("WAITLISTED");
        String path = "api/v1/coordinator/homework-series/" + series;

        for (String role : List.of("VOLUNTEER", "ADVISER", "PARTNER")) {
            String[] as = Api.as(api.newStaff(role, null));
            assertThat(api.put(path, "{\"childSeats\":3,\"tutors\":{\"any\":1}}", as).status()).as(role)
                    .isEqualTo(403);
            assertThat(api.post(path + "/end", "{\"lastDay\":\"2027-03-09\"}", as).status()).as(role)
                    .isEqualTo(403);
            assertThat(api.post(path + "/remove-untaken", null, as).status()).as(role).isEqualTo(403);
        }
        var bad = api.put(path, "{\"childSeats\":0,\"tutors\":{\"maths\":-1}}", coordinator);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(objects(bad.json().getJsonArray("errors"))).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("childSeats", "tutors.maths");
        assertThat(api.put("api/v1/coordinator/homework-series/987654321", "{\"childSeats\":1,\"tutors\":{\"any\":1}}",
                coordinator).status()).isEqualTo(404);
        assertThat(api.put(path, "{\"childSeats\":3,\"tutors\":{\"any\":1}}").status()).isEqualTo(401);

        // three seats, no Danish tutor any more, an English one, maths and any subject as before
        var changed = api.put(path, "{\"childSeats\":3,\"tutors\":{\"any\":1,\"maths\":1,\"english\":1}}",
                coordinator);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getInt("childSeats")).isEqualTo(3);
        var now = objects(api.get(path + "/sessions", coordinator).array());
        assertThat(now).allSatisfy(s -> {
            assertThat(s.getInt("childSeats")).isEqualTo(3);
            assertThat(objects(s.getJsonArray("shifts")).stream()
                    .filter(sh -> sh.getString("status").equals("OPEN"))
                    .map(sh -> sh.getString("subject", "ANY")).toList())
                    .containsExactlyInAnyOrder("MATHS", "ENGLISH", "ANY");
        });
        assertThat(api.get("api/v1/events/signups/" + line.getString("manageToken")).json().getString("status"))
                .as("the seat added goes to the one in line").isEqualTo("OFFERED");
        api.dispatch();
        assertThat(smtp.awaitMailsTo(danishEmail, 1)).singleElement().satisfies(mail ->
                assertThat(mail.subject()).startsWith("Du er fritaget for din vagt"));

        // fewer seats than are taken (a place held and one offered): refused, nothing changed
        var tooFew = api.put(path, "{\"childSeats\":1,\"tutors\":{\"any\":1,\"maths\":1,\"english\":1}}",
                coordinator);
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(objects(tooFew.json().getJsonArray("errors"))).extracting(e -> e.getString("field"))
                .containsExactly("childSeats");
        assertThat(objects(api.get(path + "/sessions", coordinator).array())).allSatisfy(s -> {
            assertThat(s.getInt("childSeats")).isEqualTo(3);
            assertThat(objects(s.getJsonArray("shifts"))).filteredOn(sh -> sh.getString("status").equals("OPEN"))
                    .hasSize(3);
        });

        // Danish wanted again: its withdrawn shifts open again, and a session can still be cancelled whole
        var danishAgain = api.put(path, "{\"childSeats\":3,\"tutors\":{\"any\":1,\"maths\":1,\"english\":1,"
                + "\"danish\":2}}", coordinator);
        assertThat(danishAgain.status()).as(danishAgain.body()).isEqualTo(200);
        var reopened = objects(api.get(path + "/sessions", coordinator).array());
        assertThat(objects(reopened.get(0).getJsonArray("shifts"))).filteredOn(sh -> "DANISH".equals(
                sh.getString("subject", "ANY"))).singleElement().satisfies(sh -> {
                    assertThat(sh.getString("status")).isEqualTo("OPEN");
                    assertThat(sh.getInt("needed")).isEqualTo(2);
                    assertThat(sh.getInt("taken")).isZero();
                });
        var cancelled = api.post("api/v1/coordinator/homework-sessions/" + reopened.get(0).getInt("id") + "/cancel",
                null, coordinator);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedFieldByFieldInDanishAndEnglishNeverA500() {
        String place = newPlace();
        String bad = Json.createObjectBuilder().add("place", place).add("weekdays", Json.createArrayBuilder().add("XX"))
                .add("start", "15:00").add("end", "14:00").add("termFirst", "2027-03-08").add("termLast", "2028-03-08")
                .add("tutors", Json.createObjectBuilder().add("maths", 99)).add("childSeats", 0).build().toString();

        var danish = api.post("api/v1/coordinator/homework-series", bad, coordinator);
        assertThat(danish.status()).isEqualTo(400);
        assertThat(danish.contentType()).startsWith("application/problem+json");
        assertThat(objects(danish.json().getJsonArray("errors")))
                .extracting(e -> e.getString("field"), e -> e.getString("message"))
                .containsExactlyInAnyOrder(
                        tuple("weekdays", "Ugedage skrives MO, TU, WE, TH, FR, SA eller SU."),
                        tuple("end", "Sluttiden skal være efter starttiden."),
                        tuple("termLast", "Et forløb kan højst vare 45 uger."),
                        tuple("tutors.maths", "Antallet af lektiehjælpere skal være et tal fra 0 til 20."),
                        tuple("childSeats", "Antallet af pladser skal være et tal fra 1 til 100."));
        var english = api.post("api/v1/coordinator/homework-series", bad, join(coordinator, "Accept-Language", "en"));
        assertThat(objects(english.json().getJsonArray("errors"))).extracting(e -> e.getString("message"))
                .contains("A series can last at most 45 weeks.", "The end time must be after the start time.");

        var nowhere = api.post("api/v1/coordinator/homework-series", "{}", coordinator);
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(objects(nowhere.json().getJsonArray("errors"))).extracting(e -> e.getString("field"))
                .contains("place", "weekdays", "start", "end", "termFirst", "termLast", "tutors", "childSeats");
        assertThat(api.post("api/v1/coordinator/homework-series", "{\"place\":", coordinator).status()).isEqualTo(400);
        assertThat(api.post("api/v1/coordinator/homework-series", seriesJson(place, "2027-03-08", "2027-03-12", 4))
                .status()).as("coordinators only").isEqualTo(401);

        var session = objects(api.post("api/v1/coordinator/homework-series",
                seriesJson(place, "2027-03-08", "2027-03-12", 4), coordinator).json().getJsonArray("sessions")).get(0);
        var skipped = api.post("api/v1/coordinator/homework-sessions/" + session.getInt("id") + "/move",
                "{\"date\":\"2027-03-28\",\"start\":\"02:30\",\"end\":\"04:00\"}",
                join(coordinator, "Accept-Language", "en"));
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.json().getJsonArray("errors")).singleElement().satisfies(e -> {
            assertThat(e.asJsonObject().getString("field")).isEqualTo("start");
            assertThat(e.asJsonObject().getString("message")).startsWith("2027-03-28 02:30 does not exist");
        });
        var garbled = api.post("api/v1/coordinator/homework-sessions/" + session.getInt("id") + "/move",
                "{\"date\":\"31-02\",\"start\":\"x\"}", coordinator);
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(objects(garbled.json().getJsonArray("errors"))).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("date", "start", "end");
        assertThat(api.post("api/v1/coordinator/homework-sessions/987654321/cancel", null, coordinator).status())
                .isEqualTo(404);

        var holiday = api.post("api/v1/coordinator/school-holidays",
                "{\"name\":\"\",\"firstDay\":\"2027-02-20\",\"lastDay\":\"2027-02-13\"}", coordinator);
        assertThat(holiday.status()).isEqualTo(400);
        assertThat(objects(holiday.json().getJsonArray("errors"))).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("name", "lastDay");
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        var openapi = api.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("api/v1/coordinator/homework-series:",
                "api/v1/coordinator/homework-series/{id}/sessions", "api/v1/coordinator/homework-sessions/{id}/cancel",
                "api/v1/coordinator/homework-sessions/{id}/move", "api/v1/coordinator/school-holidays:",
                "api/v1/coordinator/school-holidays/{id}", "api/v1/homework-sessions");
    }

    @Test
    void schoolHolidaysAreSkippedAndCanBeRemoved() {
        var added = api.post("api/v1/coordinator/school-holidays",
                "{\"name\":\"Testferie\",\"firstDay\":\"2027-04-12\",\"lastDay\":\"2027-04-16\"}", coordinator);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        String place = newPlace();
        var sessions = objects(api.post("api/v1/coordinator/homework-series",
                seriesJson(place, "2027-04-05", "2027-04-23", 4), coordinator).json().getJsonArray("sessions"));
        assertThat(sessions).extracting(s -> s.getString("day"))
                .containsExactly("2027-04-06", "2027-04-08", "2027-04-20", "2027-04-22");
        assertThat(objects(api.get("api/v1/coordinator/school-holidays", coordinator).array()))
                .extracting(h -> h.getString("name")).contains("Testferie");

        assertThat(api.delete("api/v1/coordinator/school-holidays/" + id, coordinator).status()).isEqualTo(204);
        assertThat(objects(api.get("api/v1/coordinator/school-holidays", coordinator).array()))
                .extracting(h -> h.getString("name")).doesNotContain("Testferie");
    }

    private String newPlace() {
        return api.post("api/v1/test-support/places", null).json().getString("code");
    }

    private long volunteer(String name, String phone, String email, boolean sms) {
        var reply = api.post("api/v1/test-support/homework/volunteers?name=" + encode(name) + "&phone="
                + encode(phone) + "&email=" + encode(email) + "&sms=" + sms, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("id").longValue();
    }

    private long take(long shift, long person) {
        var reply = api.post("api/v1/test-support/homework/shifts/" + shift + "/take?person=" + person, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("assignment").longValue();
    }

    private static long shift(JsonObject session, String subject) {
        return objects(session.getJsonArray("shifts")).stream()
                .filter(s -> subject.equals(s.getString("subject", "ANY"))).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static String seriesJson(String place, String first, String last, int seats) {
        return Json.createObjectBuilder().add("place", place)
                .add("weekdays", Json.createArrayBuilder().add("TU").add("TH"))
                .add("start", "15:00").add("end", "17:00").add("termFirst", first).add("termLast", last)
                .add("tutors", Json.createObjectBuilder().add("any", 1).add("maths", 1).add("danish", 1))
                .add("childSeats", seats).build().toString();
    }

    private static String signupJson(String name, String phone) {
        return Json.createObjectBuilder().add("name", name).add("phone", phone).build().toString();
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String[] join(String[] headers, String... more) {
        var all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }
}
