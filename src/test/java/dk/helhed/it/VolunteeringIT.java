package dk.helhed.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volunteer's journey over REST, inside Payara Micro on MariaDB through Connector/J, with GreenMail and the real
 * Twilio SDK against its fake: find open shifts, take one or a series, the overlap rule, my shifts, give up before
 * and after the cut-off, the reminder the evening before, the confirmation's .ics, the private calendar feed, and
 * the races (fifty volunteers for the last place; one volunteer's parallel overlapping requests). Shifts and
 * volunteers are seeded through test support; time is moved, never slept through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteeringIT {
    private static final Logger LOG = Logger.getLogger(VolunteeringIT.class.getName());
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Pattern FEED = Pattern.compile("/api/v1/calendar/([A-Za-z0-9_-]{22})\\.ics$");
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
    static void servers() {
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
    }

    @AfterAll
    static void stopServers() {
        twilio.stop();
        smtp.stop();
    }

    @BeforeEach
    void realTime() {
        api = new Api(deployment);
        api.realClock();
    }

    // seeding

    private record Volunteer(String email, long person, String phone) {
        String[] auth() {
            return Api.as(email);
        }
    }

    private Volunteer volunteer(boolean sms) {
        String email = "frivillig-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@helhed.test";
        String phone = Api.newPhone();
        var reply = api.post("api/v1/test-support/volunteering/volunteers?email=" + email + "&password="
                + Api.STAFF_PASSWORD + "&phone=" + phone.replace("+", "%2B") + "&sms=" + sms, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Volunteer(email, reply.json().getJsonNumber("person").longValue(), phone);
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(KOEGE).toInstant();
    }

    private JsonObject shift(String place, String series, String subject, Instant start, int minutes, int needed) {
        var reply = api.post("api/v1/test-support/volunteering/shifts?start=" + start + "&minutes=" + minutes
                + "&needed=" + needed + (place == null ? "" : "&place=" + place)
                + (series == null ? "" : "&series=" + series) + (subject == null ? "" : "&subject=" + subject), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private Api.Reply take(Volunteer v, long shiftId) {
        return api.post("api/v1/volunteer/shifts/" + shiftId + "/assignment", null, v.auth());
    }

    private JsonObject state(long shiftId) {
        return api.get("api/v1/test-support/volunteering/shifts/" + shiftId).json();
    }

    private JsonObject liveOf(Volunteer v) {
        return api.get("api/v1/test-support/volunteering/people/" + v.person() + "/assignments").json();
    }

    private List<JsonObject> outbox(long assignmentId) {
        return api.get("api/v1/test-support/volunteering/outbox?topic=shift-assignment:" + assignmentId).array()
                .stream().map(v -> v.asJsonObject()).toList();
    }

    private static String series() {
        return "homework:it-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    private static String place() {
        return "it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
    }

    private int delete(String path, String[] auth) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(deployment.toString()).resolve(path)).DELETE()
                .header(auth[0], auth[1]).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    // the journey

    @Test
    void aVolunteerFindsShiftsByPlaceDayAndSubjectTakesOneAndSeesItAmongTheirShiftsWithoutOtherPeople() {
        var me = volunteer(true);
        var other = volunteer(false);
        String place = place();
        LocalDate tuesday = LocalDate.now(KOEGE).plusWeeks(2).with(java.time.DayOfWeek.TUESDAY);
        var maths = shift(place, series(), "MATHS", local(tuesday, 15, 0), 120, 3);
        var danish = shift(place, series(), "DANISH", local(tuesday.plusDays(1), 15, 0), 120, 2);
        shift(place(), series(), "MATHS", local(tuesday, 15, 0), 120, 1);
        assertThat(take(other, id(maths)).status()).isEqualTo(201);

        var byPlace = api.get("api/v1/volunteer/shifts?place=" + place, me.auth());
        assertThat(byPlace.status()).as(byPlace.body()).isEqualTo(200);
        assertThat(byPlace.array()).extracting(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .containsExactly(id(maths), id(danish));
        var first = byPlace.array().getJsonObject(0);
        assertThat(first.getInt("needed")).isEqualTo(3);
        assertThat(first.getInt("taken")).isEqualTo(1);
        assertThat(first.getString("weekday")).isEqualTo("TUESDAY");
        assertThat(first.getString("start")).isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(tuesday.atTime(15, 0).atZone(KOEGE).toOffsetDateTime()));
        assertThat(byPlace.body()).as("no other people's names, mails or phones").doesNotContain(other.email(),
                other.phone(), "Frivillig");
        assertThat(api.get("api/v1/volunteer/shifts?place=" + place + "&day=wednesday", me.auth()).array())
                .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue()).containsExactly(id(danish));
        assertThat(api.get("api/v1/volunteer/shifts?place=" + place + "&subject=MATHS", me.auth()).array())
                .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue()).containsExactly(id(maths));
        assertThat(api.get("api/v1/volunteer/shifts?place=" + place + "&from=" + tuesday.plusDays(1) + "&to="
                + tuesday.plusDays(1), me.auth()).array()).hasSize(1);
        var badDay = api.get("api/v1/volunteer/shifts?day=someday", me.auth()[0], me.auth()[1], "Accept-Language", "en");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.body()).contains("MONDAY");

        var taken = take(me, id(maths));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.header("Location")).contains("/api/v1/volunteer/assignments/");
        assertThat(taken.json().getJsonObject("shift").getInt("taken")).as("the count after taking").isEqualTo(2);
        assertThat(state(id(maths)).getInt("taken")).isEqualTo(2);

        var mine = api.get("api/v1/volunteer/my-shifts", me.auth()).array();
        assertThat(mine).singleElement().satisfies(v -> {
            var a = v.asJsonObject();
            assertThat(a.getJsonObject("shift").getJsonNumber("id").longValue()).isEqualTo(id(maths));
            assertThat(a.getBoolean("cancellable")).isTrue();
            assertThat(a.getJsonObject("shift").getBoolean("mine")).isTrue();
        });
        assertThat(api.get("api/v1/volunteer/shifts?place=" + place + "&subject=MATHS", me.auth()).array()
                .getJsonObject(0).getBoolean("mine")).isTrue();

        var again = api.post("api/v1/volunteer/shifts/" + id(maths) + "/assignment", null, me.auth()[0],
                me.auth()[1], "Accept-Language", "ar");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("لقد أخذت هذه المناوبة بالفعل");
        var unknown = api.post("api/v1/volunteer/shifts/999999999/assignment", null, me.auth()[0], me.auth()[1],
                "Accept-Language", "da");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Vagten findes ikke");
        assertThat(api.get("api/v1/volunteer/my-shifts").status()).as("signed in only").isEqualTo(401);
        String adviser = api.newStaff("ADVISER", null);
        assertThat(api.get("api/v1/volunteer/my-shifts", Api.as(adviser)).status()).isEqualTo(403);
        assertThat(api.get("/openapi").body()).contains("/api/v1/volunteer/shifts", "/api/v1/calendar/{token}.ics",
                "/api/v1/coordinator/assignments/{id}/release");
    }

    @Test
    void anOverlappingShiftIsRefusedAndASeriesIsTakenShiftByShiftSayingWhatWasSkippedAndWhy() {
        var me = volunteer(false);
        var rival = volunteer(false);
        String place = place();
        String series = series();
        LocalDate first = LocalDate.now(KOEGE).plusWeeks(1).with(java.time.DayOfWeek.TUESDAY);
        List<Long> tuesdays = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            tuesdays.add(id(shift(place, series, "MATHS", local(first.plusWeeks(week), 15, 0), 120, 1)));
        }
        var danishSameSeries = shift(place, series, "DANISH", local(first, 15, 0), 120, 2);
        var elsewhere = shift(place(), series(), null, local(first.plusWeeks(1), 16, 0), 60, 2);
        assertThat(take(me, id(elsewhere)).status()).isEqualTo(201);
        assertThat(take(rival, tuesdays.get(2)).status()).isEqualTo(201);

        var overlap = api.post("api/v1/volunteer/shifts/" + tuesdays.get(1) + "/assignment", null, me.auth()[0],
                me.auth()[1], "Accept-Language", "en");
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.json().getString("detail")).isEqualTo("You already have a shift at that time.");

        var result = api.post("api/v1/volunteer/series/" + series + "/assignments?subject=MATHS", null, me.auth());
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        var taken = result.json().getJsonArray("taken");
        var skipped = result.json().getJsonArray("skipped");
        assertThat(taken).extracting(v -> v.asJsonObject().getJsonObject("shift").getJsonNumber("id").longValue())
                .containsExactly(tuesdays.get(0), tuesdays.get(3));
        assertThat(skipped).extracting(v -> v.asJsonObject().getJsonObject("shift").getJsonNumber("id").longValue()
                + ":" + v.asJsonObject().getString("reason"))
                .containsExactly(tuesdays.get(1) + ":OVERLAP", tuesdays.get(2) + ":FULL");
        assertThat(skipped.getJsonObject(1).getString("text")).isEqualTo("Vagten er allerede fuldt bemandet.");
        assertThat(state(id(danishSameSeries)).getInt("taken")).as("another subject is not taken").isZero();
        for (long id : tuesdays) {
            var s = state(id);
            assertThat(s.getInt("taken")).isEqualTo(s.getInt("live"));
        }
        assertThat(liveOf(me).getInt("overlappingPairs")).isZero();
        assertThat(liveOf(me).getInt("live")).isEqualTo(3);

        var again = api.post("api/v1/volunteer/series/" + series + "/assignments?subject=MATHS", null, me.auth());
        assertThat(again.json().getJsonArray("taken")).isEmpty();
        assertThat(again.json().getJsonArray("skipped")).extracting(v -> v.asJsonObject().getString("reason"))
                .containsExactly("ALREADY_YOURS", "OVERLAP", "FULL", "ALREADY_YOURS");
        assertThat(api.post("api/v1/volunteer/series/homework:nothing-" + series + "/assignments", null,
                me.auth()).status()).isEqualTo(404);
    }

    @Test
    void aPlaceIsGivenUpBeforeTheCutOffAndAfterItTheVolunteerIsToldToAskTheCoordinatorWhoCanRelease()
            throws Exception {
        var me = volunteer(true);
        LocalDate day = LocalDate.now(KOEGE).plusDays(10);
        var shift = shift(place(), series(), null, local(day, 15, 0), 120, 1);
        var taken = take(me, id(shift));
        long assignment = taken.json().getJsonNumber("id").longValue();
        assertThat(outbox(assignment)).as("confirmation, reminder by mail and by SMS").hasSize(3)
                .extracting(m -> m.getString("status")).isSubsetOf("PENDING", "SENDING", "SENT");

        assertThat(delete("api/v1/volunteer/assignments/" + assignment, me.auth())).isEqualTo(204);
        assertThat(state(id(shift)).getInt("taken")).isZero();
        assertThat(api.get("api/v1/volunteer/my-shifts", me.auth()).array()).isEmpty();
        assertThat(outbox(assignment)).filteredOn(m -> m.getString("kind").equals("REMINDER"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("CANCELLED"));
        assertThat(api.post("api/v1/volunteer/assignments/" + assignment + "/cancel", null, me.auth()).status())
                .as("already given up").isEqualTo(409);

        var retaken = take(me, id(shift));
        long second = retaken.json().getJsonNumber("id").longValue();
        api.clock(local(day, 15, 0).minus(Duration.ofHours(23)));
        assertThat(api.get("api/v1/volunteer/my-shifts", me.auth()).array().getJsonObject(0)
                .getBoolean("cancellable")).isFalse();
        var late = api.post("api/v1/volunteer/assignments/" + second + "/cancel", null, me.auth()[0], me.auth()[1],
                "Accept-Language", "da");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail"))
                .isEqualTo("Vagter kan kun afmeldes op til 24 timer før. Kontakt koordinatoren.");
        assertThat(state(id(shift)).getInt("taken")).isEqualTo(1);

        var stranger = volunteer(false);
        assertThat(api.post("api/v1/volunteer/assignments/" + second + "/cancel", null, stranger.auth()).status())
                .as("someone else's place is not found").isEqualTo(404);
        assertThat(api.post("api/v1/coordinator/assignments/" + second + "/release", null, me.auth()).status())
                .as("volunteers cannot release").isEqualTo(403);
        String coordinator = api.newStaff("COORDINATOR", null);
        var released = api.post("api/v1/coordinator/assignments/" + second + "/release", null,
                Api.as(coordinator));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().getString("status")).isEqualTo("RELEASED");
        assertThat(released.json().getJsonObject("shift").getInt("taken")).isZero();
        assertThat(state(id(shift)).getInt("taken")).isZero();
        assertThat(outbox(second)).filteredOn(m -> m.getString("kind").equals("REMINDER"))
                .allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("CANCELLED"));
    }

    @Test
    void theConfirmationMailCarriesTheShiftAsIcsAndTheReminderGoesAt18TheEveningBeforeByMailAndSms()
            throws Exception {
        var me = volunteer(true);
        LocalDate day = LocalDate.now(KOEGE).plusDays(6);
        var shift = shift(place(), series(), "DANISH", local(day, 15, 30), 120, 2);
        var taken = take(me, id(shift));
        long assignment = taken.json().getJsonNumber("id").longValue();
        Instant evening = day.minusDays(1).atTime(LocalTime.of(18, 0)).atZone(KOEGE).toInstant();

        var rows = outbox(assignment);
        assertThat(rows).filteredOn(m -> m.getString("kind").equals("REMINDER"))
                .extracting(m -> m.getString("channel") + "@" + m.getString("due"))
                .containsExactlyInAnyOrder("EMAIL@" + evening, "SMS@" + evening);
        assertThat(rows).filteredOn(m -> m.getString("kind").equals("CONFIRMATION")).singleElement()
                .satisfies(m -> {
                    assertThat(m.getString("channel")).isEqualTo("EMAIL");
                    assertThat(m.getBoolean("calendar")).isTrue();
                });

        api.dispatch();
        var mails = smtp.awaitMailsTo(me.email(), 1);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Din vagt i Lektiecaféen").endsWith("er bekræftet");
            assertThat(m.body()).contains("kl. 15:30 til 17:30", "https://helhed.test/volunteer/my-shifts");
        });
        var raw = smtp.received(me.email()).get(0);
        assertThat(raw.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) raw.getContent();
        var calendar = parts.getBodyPart(1);
        var type = new ContentType(calendar.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("PUBLISH");
        assertThat(calendar.getFileName()).isEqualTo("kalender.ics");
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ics).contains("UID:shift-" + id(shift) + "@helhed", "METHOD:PUBLISH",
                "DTSTART:" + utc(local(day, 15, 30)), "LOCATION:Lektiecaféen");
        assertThat(twilio.sentTo(me.phone())).as("with an e-mail address, no SMS confirmation").isEmpty();
        assertThat(outbox(assignment)).filteredOn(m -> m.getString("kind").equals("CONFIRMATION"))
                .singleElement().satisfies(m -> {
                    assertThat(m.getString("status")).isEqualTo("SENT");
                    assertThat(m.getBoolean("calendar")).as("blanked with the body").isFalse();
                });

        api.clock(evening.minusSeconds(60));
        api.dispatch();
        assertThat(outbox(assignment)).filteredOn(m -> m.getString("kind").equals("REMINDER"))
                .allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("PENDING"));
        api.clock(evening.plusSeconds(1));
        api.dispatch();
        var sms = twilio.awaitSentTo(me.phone(), 1);
        assertThat(sms).singleElement().satisfies(s -> assertThat(s.body())
                .startsWith("Husk din vagt i Lektiecaféen").contains("kl. 15:30-17:30", "koordinatoren"));
        assertThat(smtp.awaitMailsTo(me.email(), 2).get(1).subject()).startsWith("Husk din vagt i Lektiecaféen");
        assertThat(outbox(assignment)).filteredOn(m -> m.getString("kind").equals("REMINDER"))
                .allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("SENT"));
    }

    private static String utc(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
    }

    @Test
    void thePrivateFeedListsTheVolunteersShiftsWithStableUidsAndANewLinkRetiresTheOldOne() {
        var me = volunteer(false);
        var other = volunteer(false);
        LocalDate day = LocalDate.now(KOEGE).plusDays(8);
        var mine = shift(place(), series(), null, local(day, 15, 0), 120, 2);
        var theirs = shift(place(), series(), null, local(day.plusDays(1), 15, 0), 120, 2);
        take(me, id(mine));
        take(other, id(theirs));
        assertThat(api.get("api/v1/volunteer/calendar", me.auth()).json().getBoolean("exists")).isFalse();

        var made = api.post("api/v1/volunteer/calendar", null, me.auth());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String url = made.json().getString("url");
        Matcher token = FEED.matcher(url);
        assertThat(token.find()).as(url).isTrue();
        assertThat(url).startsWith("https://helhed.test/api/v1/calendar/");

        var feed = api.get("api/v1/calendar/" + token.group(1) + ".ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).contains("BEGIN:VCALENDAR", "UID:shift-" + id(mine) + "@helhed",
                        "DTSTART:" + utc(local(day, 15, 0)))
                .doesNotContain("shift-" + id(theirs) + "@helhed", other.email(), "Frivillig");
        assertThat(api.get("api/v1/calendar/" + token.group(1) + ".ics").body())
                .as("the same UID on every fetch").contains("UID:shift-" + id(mine) + "@helhed");
        assertThat(api.get("api/v1/volunteer/calendar", me.auth()).json().getBoolean("exists")).isTrue();

        var renewed = api.post("api/v1/volunteer/calendar", null, me.auth()).json().getString("url");
        Matcher next = FEED.matcher(renewed);
        assertThat(next.find()).isTrue();
        assertThat(api.get("api/v1/calendar/" + token.group(1) + ".ics").status()).as("the old link").isEqualTo(404);
        assertThat(api.get("api/v1/calendar/" + next.group(1) + ".ics").body())
                .contains("UID:shift-" + id(mine) + "@helhed");
        assertThat(api.get("api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAA.ics").status()).isEqualTo(404);
    }

    @Test
    void hoursServedCountPastTakenShiftsPerMonth() {
        var me = volunteer(false);
        LocalDate day = LocalDate.now(KOEGE).plusDays(3);
        var a = shift(place(), series(), null, local(day, 15, 0), 120, 1);
        var b = shift(place(), series(), null, local(day.plusDays(1), 15, 0), 90, 1);
        take(me, id(a));
        take(me, id(b));
        int year = day.getYear();
        String month = java.time.YearMonth.from(day).toString();

        var before = api.get("api/v1/volunteer/hours?year=" + year, me.auth()).json();
        assertThat(before.getJsonNumber("totalMinutes").longValue()).as("not yet served").isZero();
        api.clock(local(day.plusDays(1), 16, 0));
        var during = api.get("api/v1/volunteer/hours?year=" + year, me.auth()).json();
        assertThat(during.getJsonArray("months")).hasSize(12);
        assertThat(during.getJsonArray("months").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("month").equals(month)).findFirst().orElseThrow()
                .getJsonNumber("minutes").longValue()).as("the second shift is still going").isEqualTo(120);
        api.clock(local(day.plusDays(2), 12, 0));
        var after = api.get("api/v1/volunteer/hours?year=" + year, me.auth()).json();
        long total = after.getJsonNumber("totalMinutes").longValue();
        assertThat(total).isEqualTo(210);
        assertThat(api.get("api/v1/volunteer/hours?year=abc", me.auth()).status()).isEqualTo(400);
    }

    // races

    @Test
    void fiftyVolunteersRacingForTheLastPlaceGetExactlyOne() throws Exception {
        var shift = shift(place(), series(), "MATHS", local(LocalDate.now(KOEGE).plusDays(9), 15, 0), 120, 3);
        assertThat(take(volunteer(false), id(shift)).status()).isEqualTo(201);
        assertThat(take(volunteer(false), id(shift)).status()).isEqualTo(201);
        List<Volunteer> racers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            racers.add(volunteer(false));
        }

        List<Integer> statuses = race(racers.stream().<Callable<Integer>>map(v -> () -> take(v, id(shift)).status())
                .toList());

        LOG.info(() -> "fifty for the last place: " + statuses + "; lost deadlocks (503): "
                + statuses.stream().filter(s -> s == 503).count());
        assertThat(statuses).as("never a 500").allMatch(s -> s == 201 || s == 409 || s == 503);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        long busy = statuses.stream().filter(s -> s == 503).count();
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(49 - busy);
        var state = state(id(shift));
        assertThat(state.getInt("taken")).isEqualTo(3);
        assertThat(state.getInt("needed")).isEqualTo(3);
        assertThat(state.getInt("live")).isEqualTo(3);
        assertThat(racers.stream().filter(v -> liveOf(v).getInt("live") == 1).count()).isEqualTo(1);
    }

    @Test
    void oneVolunteersParallelOverlappingTakesAndSeriesNeverLeaveTwoOverlappingPlaces() throws Exception {
        List<Integer> all = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            var me = volunteer(false);
            LocalDate day = LocalDate.now(KOEGE).plusDays(12 + round);
            var a = shift(place(), series(), null, local(day, 15, 0), 120, 2);
            var b = shift(place(), series(), null, local(day, 16, 0), 120, 2);
            String series = series();
            String seriesPlace = place();
            var c = shift(seriesPlace, series, null, local(day, 15, 30), 60, 2);
            var later = shift(seriesPlace, series, null, local(day.plusWeeks(1), 15, 30), 60, 2);

            List<Integer> statuses = race(List.of(
                    () -> take(me, id(a)).status(),
                    () -> take(me, id(b)).status(),
                    () -> api.post("api/v1/volunteer/series/" + series + "/assignments", null, me.auth()).status()));
            all.addAll(statuses);

            var live = liveOf(me);
            assertThat(live.getInt("overlappingPairs")).as("round %d: %s", round, statuses).isZero();
            long held = live.getJsonArray("shifts").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue())
                    .filter(id -> id == id(a) || id == id(b) || id == id(c)).count();
            assertThat(held).as("at most one of the three overlapping shifts").isLessThanOrEqualTo(1);
            if (!statuses.contains(503)) {
                assertThat(held).as("round %d: %s", round, statuses).isEqualTo(1);
            }
            assertThat(live.getJsonArray("shifts").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()))
                    .as("the series' later shift does not overlap").contains(id(later));
            for (var s : List.of(a, b, c, later)) {
                assertThat(state(id(s)).getInt("taken")).isEqualTo(state(id(s)).getInt("live"));
            }
        }
        LOG.info(() -> "one volunteer's parallel requests: " + all);
        assertThat(all).as("never a 500").allMatch(s -> s == 200 || s == 201 || s == 409 || s == 503);
        LOG.info(() -> "lost deadlocks (503): " + all.stream().filter(s -> s == 503).count());
    }

    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var f : futures) {
                statuses.add(f.get(120, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
