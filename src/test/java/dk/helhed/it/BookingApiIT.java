package dk.helhed.it;

import dk.helhed.plan.boundary.ClosedDays;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The economic-advice slice end to end, inside Payara Micro, on MySQL through Connector/J, with GreenMail as the
 * SMTP server and the real Twilio SDK posting to a local fake Twilio API. Time is moved, never slept through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingApiIT {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
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

    @BeforeEach
    void realTime() {
        api = new Api(deployment);
        api.realClock();
    }

    @Test
    void isReadyAndDocumentsItsApi() {
        var ready = api.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "\"email\":\"configured\"",
                "\"sms\":\"configured\"");
        var openapi = api.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("api/v1/appointment-slots", "api/v1/appointments:",
                "api/v1/appointments/manage/{token}/cancel", "api/v1/dev/messages");
        var devInbox = api.get("api/v1/dev/messages");
        assertThat(devInbox.status()).as("no development inbox once SMTP and Twilio are configured").isEqualTo(404);
        assertThat(devInbox.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listsFreeSlotsButNotTakenOrPastOnes() {
        var slot = api.newSlot(tomorrowAt(10, 0));
        var past = api.newSlot(Instant.now().minus(Duration.ofHours(2)));
        String day = LocalDate.now(KOEGE).minusDays(1) + "&to=" + LocalDate.now(KOEGE).plusDays(3);

        var listed = api.get("api/v1/appointment-slots?place=" + slot.getString("place") + "&from=" + day);
        assertThat(listed.status()).isEqualTo(200);
        var first = listed.array().getJsonObject(0);
        assertThat(first.getJsonNumber("id").longValue()).isEqualTo(slot.getJsonNumber("id").longValue());
        assertThat(first.getString("start")).matches("\\d{4}-\\d\\d-\\d\\dT10:00:00\\+0[12]:00");
        assertThat(first.getString("end")).matches("\\d{4}-\\d\\d-\\d\\dT10:45:00\\+0[12]:00");
        assertThat(first.getJsonObject("place").getString("name")).isEqualTo(slot.getString("placeName"));
        assertThat(api.get("api/v1/appointment-slots?place=" + past.getString("place") + "&from=" + day)
                .array()).isEmpty();

        assertThat(api.post("api/v1/appointments", Api.bookingJson(id(slot), "Amina", Api.newPhone(), null, null))
                .status()).isEqualTo(201);
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place") + "&from=" + day).array())
                .isEmpty();
    }

    @Test
    void listsSlotsByALanguageTheAdviserSpeaksAndShowsTheAdvisersLanguages() {
        var arabic = api.newSlot(daysAheadAt(2, 10, 0), "en,da,ar");
        var somali = api.newSlot(daysAheadAt(2, 11, 0), "da,so");
        String days = "from=" + LocalDate.now(KOEGE) + "&to=" + LocalDate.now(KOEGE).plusDays(3);

        var atArabicsPlace = api.get("api/v1/appointment-slots?place=" + arabic.getString("place") + "&" + days);
        assertThat(atArabicsPlace.array()).singleElement()
                .satisfies(s -> assertThat(languages(s)).containsExactly("ar", "da", "en"));

        var inArabic = api.get("api/v1/appointment-slots?language=ar&" + days).array();
        assertThat(ids(inArabic)).contains(id(arabic)).doesNotContain(id(somali));
        assertThat(inArabic).allSatisfy(s -> assertThat(languages(s)).contains("ar"));
        assertThat(ids(api.get("api/v1/appointment-slots?language=SO&" + days).array()))
                .contains(id(somali)).doesNotContain(id(arabic));
        assertThat(api.get("api/v1/appointment-slots?language=tr&place=" + arabic.getString("place")).array())
                .isEmpty();

        for (String bad : List.of("xx", "arabic", "a", "ar-EG")) {
            var reply = api.get("api/v1/appointment-slots?language=" + bad, "Accept-Language", "en");
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().getJsonArray("errors")).as(bad).singleElement().satisfies(e -> {
                assertThat(e.asJsonObject().getString("field")).isEqualTo("language");
                assertThat(e.asJsonObject().getString("message")).startsWith("Unknown language");
            });
        }
    }

    @Test
    void aSlotSoonerThanTheMinimumNoticeOfTwoHoursIsNeitherListedNorBookable() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var slot = api.newSlot(now.plus(Duration.ofMinutes(150)));
        String listing = "api/v1/appointment-slots?place=" + slot.getString("place") + "&from="
                + LocalDate.now(KOEGE).minusDays(1) + "&to=" + LocalDate.now(KOEGE).plusDays(1);
        assertThat(ids(api.get(listing).array())).containsExactly(id(slot));

        api.clock(now.plus(Duration.ofMinutes(45)));
        assertThat(api.get(listing).array()).as("1 h 45 min ahead").isEmpty();
        var refused = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Amina", Api.newPhone(), null, null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors")).singleElement().satisfies(e -> {
            assertThat(e.asJsonObject().getString("field")).isEqualTo("slotId");
            assertThat(e.asJsonObject().getString("message"))
                    .isEqualTo("Tiden er for tæt på. Vælg en tid mindst 2 timer fra nu.");
        });
        var inEnglish = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Amina", Api.newPhone(), null,
                "en"));
        assertThat(inEnglish.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("at least 2 hours from now");

        api.realClock();
        assertThat(api.post("api/v1/appointments", Api.bookingJson(id(slot), "Amina", Api.newPhone(), null, null))
                .status()).isEqualTo(201);
    }

    @Test
    void aResidentMayAskToSpeakALanguageButOnlyOneTheAdviserSpeaks() {
        var slot = api.newSlot(daysAheadAt(2, 14, 0), "da,en");
        String phone = Api.newPhone();

        var notSpoken = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Hodan", phone, "so"));
        assertThat(notSpoken.status()).isEqualTo(400);
        assertThat(notSpoken.json().getJsonArray("errors")).singleElement().satisfies(e -> {
            assertThat(e.asJsonObject().getString("field")).isEqualTo("requestedLanguage");
            assertThat(e.asJsonObject().getString("message")).contains("taler ikke det sprog, du har bedt om");
        });
        var noLanguage = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Hodan", phone, "somali"));
        assertThat(noLanguage.status()).isEqualTo(400);
        assertThat(noLanguage.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("requestedLanguage");
        assertThat(twilio.sentTo(phone)).isEmpty();

        var booked = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Hodan", phone, "EN"));
        assertThat(booked.status()).isEqualTo(201);
        var view = api.get("api/v1/appointments/manage/" + booked.json().getString("manageToken")).json();
        assertThat(view.getString("requestedLanguage")).isEqualTo("en");
        assertThat(view.getString("language")).as("the messages stay in Danish").isEqualTo("da");
    }

    @Test
    void slotGenerationSkipsClosedDaysAndAbsencesAndWithdrawsTheSlotsOfAnAdviserWhoFallsIll() throws Exception {
        var closedDays = new ClosedDays(ClosedDays.DEFAULT_EXTRA_DAYS);
        LocalDate today = LocalDate.now(KOEGE);
        var hours = api.newWeeklyHours("da,tr");
        long adviser = hours.getJsonNumber("adviser").longValue();
        api.absence(adviser, today.plusDays(3), today.plusDays(5));
        assertThat(api.generateSlots()).isPositive();
        String listing = "api/v1/appointment-slots?place=" + hours.getString("place") + "&from=" + today.plusDays(2)
                + "&to=" + today.plusDays(14);

        var open = today.plusDays(2).datesUntil(today.plusDays(15))
                .filter(d -> !closedDays.isClosed(d) && (d.isBefore(today.plusDays(3)) || d.isAfter(today.plusDays(5))))
                .toList();
        assertThat(days(api.get(listing).array())).containsExactlyElementsOf(open);
        assertThat(api.get(listing + "&language=tr").array()).hasSize(2 * open.size())
                .allSatisfy(s -> assertThat(languages(s)).containsExactly("da", "tr"));
        assertThat(api.generateSlots()).as("nothing new the second time").isZero();

        LocalDate illDay = today.plusDays(7).datesUntil(today.plusDays(14)).filter(d -> !closedDays.isClosed(d))
                .findFirst().orElseThrow();
        var onIllDay = api.get(listing).array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("start").startsWith(illDay.toString())).toList();
        assertThat(onIllDay).hasSize(2);
        String leila = Api.newPhone();
        var booked = api.bookVerified(twilio, Api.bookingJson(id(onIllDay.get(0)), "Leila", leila, null, null), leila);

        api.absence(adviser, illDay, illDay);
        api.generateSlots();

        assertThat(days(api.get(listing).array())).doesNotContain(illDay).contains(open.get(0));
        var refused = api.post("api/v1/appointments", Api.bookingJson(id(onIllDay.get(1)), "Amina", Api.newPhone(),
                null, null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("ikke længere ledig");
        String token = booked.getString("manageToken");
        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("status"))
                .as("a booked appointment stands; the coordinator tells the resident").isEqualTo("BOOKED");
        assertThat(api.post("api/v1/appointments/manage/" + token + "/cancel", null).status()).isEqualTo(200);
        assertThat(days(api.get(listing).array())).as("a freed slot in an absence is not offered")
                .doesNotContain(illDay);
    }

    @Test
    void aBookingIsConfirmedBySmsAndMailThroughTheRealSdkAndSmtp() throws Exception {
        var slot = api.newSlot(daysAheadAt(3, 10, 0));
        String phone = Api.newPhone();
        String email = Api.newEmail();

        var reply = api.post("api/v1/appointments",
                Api.bookingJson(id(slot), "Amina Yusuf", phone.substring(3), email, null));

        assertThat(reply.status()).isEqualTo(201);
        var booked = reply.json();
        String reference = booked.getString("reference");
        assertThat(reference).matches("H-[2-9A-HJ-NP-Z]{8}");
        assertThat(booked.getString("status")).isEqualTo("HELD");
        assertThat(booked.getString("holdUntil")).isNotBlank();
        assertThat(booked.getString("start")).endsWith("T10:00:00" + offsetOf(daysAheadAt(3, 10, 0)));
        assertThat(booked.getJsonObject("place").getString("code")).isEqualTo(slot.getString("place"));
        assertThat(booked.getString("manageToken")).matches("[A-Za-z0-9_-]{22}");
        assertThat(reply.header("Location")).endsWith("/api/v1/appointments/manage/" + booked.getString("manageToken"));

        // delivered by the Quartz dispatch job, not by the test: first the code, nothing else until it is entered
        String code = twilio.awaitCode(phone, 1);
        assertThat(twilio.sentTo(phone).get(0).body()).contains("Din kode er " + code, "10 minutter")
                .doesNotContain(reference);
        assertThat(smtp.to(email)).isEmpty();
        var verified = api.verify(booked.getString("manageToken"), code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("BOOKED");

        var sms = twilio.awaitSentTo(phone, 2).subList(1, 2);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).accountSid()).isEqualTo("ACit0000000000000000000000000000it");
        assertThat(sms.get(0).authorisedAs()).isEqualTo("ACit0000000000000000000000000000it:it-auth-token");
        assertThat(sms.get(0).from()).isEqualTo("Helhed");
        assertThat(sms.get(0).body()).contains("Din aftale i " + slot.getString("placeName"), "kl. 10:00",
                "Ref. " + reference, "https://helhed.test/manage?t=" + booked.getString("manageToken"))
                .doesNotContainIgnoringCase("økonomi").doesNotContainIgnoringCase("gæld");

        var mails = smtp.awaitMailsTo(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).from()).contains("noreply@helhed.test");
        assertThat(mails.get(0).subject()).isEqualTo("Din aftale i " + slot.getString("placeName") + " er bekræftet");
        assertThat(mails.get(0).body()).contains("Reference: " + reference, "kl. 10:00");

        assertThat(api.outbox(reference)).filteredOn(m -> m.asJsonObject().getString("kind").equals("CONFIRMATION"))
                .allSatisfy(m -> {
                    assertThat(m.asJsonObject().getString("status")).isEqualTo("SENT");
                    assertThat(m.asJsonObject().getString("providerId")).isNotBlank();
                });
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheRequestsLanguageAndWritesNothing() {
        var slot = api.newSlot(daysAheadAt(2, 11, 0));
        var past = api.newSlot(Instant.now().minus(Duration.ofMinutes(30)));
        String ok = Api.newPhone();
        record Case(String json, String field, String message) {
        }
        var cases = List.of(
                new Case(Api.bookingJson(id(slot), "Amina", "123", null, null), "phone", "Telefonnummeret er ikke gyldigt"),
                new Case(Api.bookingJson(id(slot), "Amina", "+1 555 0100", null, null), "phone", "Telefonnummeret er ikke gyldigt"),
                new Case(Api.bookingJson(id(slot), "Amina", "+46 70 123 45 67", null, null), "phone", "dansk telefonnummer"),
                new Case(Api.bookingJson(id(slot), "   ", ok, null, null), "name", "Skriv dit navn"),
                new Case(Api.bookingJson(id(slot), "x".repeat(101), ok, null, null), "name", "højst være 100 tegn"),
                new Case(Api.bookingJson(id(slot), "Amina", ok, "not-an-address", null), "email", "E-mailadressen er ikke gyldig"),
                new Case(Api.bookingJson(987_654_321L, "Amina", ok, null, null), "slotId", "Den valgte tid findes ikke"),
                new Case(Api.bookingJson(id(past), "Amina", ok, null, null), "slotId", "allerede begyndt"),
                new Case(Api.bookingJson(id(slot), "Amina", ok, null, "xx"), "language", "Sproget kendes ikke"),
                new Case("{\"name\":\"Amina\",\"phone\":\"" + ok + "\"}", "slotId", "Vælg en tid"));
        for (Case c : cases) {
            var reply = api.post("api/v1/appointments", c.json());
            assertThat(reply.status()).as(c.json()).isEqualTo(400);
            assertThat(reply.contentType()).as(c.json()).startsWith("application/problem+json");
            var problem = reply.json();
            assertThat(problem.getInt("status")).isEqualTo(400);
            assertThat(problem.getJsonArray("errors")).as(c.json()).anySatisfy(e -> {
                assertThat(e.asJsonObject().getString("field")).isEqualTo(c.field());
                assertThat(e.asJsonObject().getString("message")).contains(c.message());
            });
        }

        var allAtOnce = api.post("api/v1/appointments", Api.bookingJson(id(slot), "", "12", "@", null),
                "Accept-Language", "en-GB,en;q=0.8").json();
        assertThat(allAtOnce.getString("title")).isEqualTo("Bad request");
        assertThat(allAtOnce.getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .containsExactlyInAnyOrder("name", "phone", "email");
        assertThat(allAtOnce.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("Please enter your name.");

        for (String unreadable : List.of("{\"slotId\":", "{\"slotId\":\"abc\",\"name\":\"A\",\"phone\":\"" + ok + "\"}", "[]")) {
            var reply = api.post("api/v1/appointments", unreadable);
            assertThat(reply.status()).as(unreadable).isEqualTo(400);
            assertThat(reply.contentType()).as(unreadable).startsWith("application/problem+json");
        }
        var badDate = api.get("api/v1/appointment-slots?from=2027-02-30");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("from");
        assertThat(api.get("api/v1/appointment-slots?place=nowhere").status()).isEqualTo(400);

        // nothing was half-written: the slot is still free and bookable
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).hasSize(1);
        assertThat(twilio.sentTo(ok)).isEmpty();
        assertThat(api.post("api/v1/appointments", Api.bookingJson(id(slot), "Amina", ok, null, null)).status())
                .isEqualTo(201);
    }

    @Test
    void fiftyParallelBookingsOfOneSlotGiveExactlyOneAppointment() throws Exception {
        var slot = api.newSlot(daysAheadAt(4, 13, 0));
        int clients = 50;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String phone = Api.newPhone();
            replies.add(pool.submit(() -> {
                start.await();
                return api.post("api/v1/appointments", Api.bookingJson(id(slot), "Racer", phone, null, null));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        String reference = null;
        for (var reply : replies) {
            var r = reply.get();
            statuses.add(r.status());
            if (r.status() == 201) {
                reference = r.json().getString("reference");
            } else {
                assertThat(r.json().getString("detail")).contains("taget af en anden");
            }
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(clients - 1);
        assertThat(api.outbox(reference)).filteredOn(m -> m.asJsonObject().getString("kind").equals("VERIFICATION"))
                .hasSize(1);
    }

    @Test
    void theReminderGoesOutTheEveningBeforeAndNotEarlier() throws Exception {
        Instant starts = daysAheadAt(3, 10, 0);
        var slot = api.newSlot(starts);
        String phone = Api.newPhone();
        String email = Api.newEmail();
        var booked = api.bookVerified(twilio, Api.bookingJson(id(slot), "Yusuf", phone, email, "en"), phone);
        String reference = booked.getString("reference");
        assertThat(twilio.awaitSentTo(phone, 2)).hasSize(2);
        assertThat(smtp.awaitMailsTo(email, 1)).hasSize(1);

        Instant eveningBefore = starts.atZone(KOEGE).toLocalDate().minusDays(1).atTime(18, 0).atZone(KOEGE).toInstant();
        var reminders = api.outbox(reference).stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("kind").equals("REMINDER")).toList();
        assertThat(reminders).extracting(m -> m.getString("channel")).containsExactlyInAnyOrder("SMS", "EMAIL");
        assertThat(reminders).allSatisfy(m -> assertThat(Instant.parse(m.getString("due"))).isEqualTo(eveningBefore));

        api.clock(eveningBefore.minusSeconds(60));
        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSize(2);
        assertThat(smtp.to(email)).hasSize(1);
        assertThat(statusOf(reference, "REMINDER")).containsOnly("PENDING");

        api.clock(eveningBefore.plusSeconds(1));
        api.dispatch();
        var sms = twilio.awaitSentTo(phone, 3);
        assertThat(sms).hasSize(3);
        assertThat(sms.get(2).body()).startsWith("Reminder: your appointment at " + slot.getString("placeName"))
                .contains("tomorrow", "at 10:00", reference);
        var mails = smtp.awaitMailsTo(email, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).isEqualTo("Reminder: your appointment at " + slot.getString("placeName") + " tomorrow");
        assertThat(statusOf(reference, "REMINDER")).containsOnly("SENT");

        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSize(3);
        assertThat(smtp.to(email)).hasSize(2);

        // and, as configured here, 2 hours before
        api.clock(starts.minus(Duration.ofHours(2)).plusSeconds(1));
        api.dispatch();
        assertThat(twilio.awaitSentTo(phone, 4).get(3).body()).startsWith("Reminder: your appointment at")
                .contains("is today", reference);
        assertThat(statusOf(reference, "REMINDER_SOON")).containsOnly("SENT");
    }

    @Test
    void aCancelledBookingFreesItsSlotAndItsReminderNeverGoesOut() throws Exception {
        Instant starts = daysAheadAt(3, 14, 0);
        var slot = api.newSlot(starts);
        String phone = Api.newPhone();
        var booked = api.bookVerified(twilio, Api.bookingJson(id(slot), "Fatima", phone, null, null), phone);
        String token = booked.getString("manageToken");
        String reference = booked.getString("reference");
        assertThat(twilio.awaitSentTo(phone, 2)).hasSize(2);

        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("status")).isEqualTo("BOOKED");
        var cancelled = api.post("api/v1/appointments/manage/" + token + "/cancel", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).hasSize(1);
        assertThat(statusOf(reference, "REMINDER")).containsOnly("CANCELLED");
        var told = twilio.awaitSentTo(phone, 3);
        assertThat(told).hasSize(3);
        assertThat(told.get(2).body()).contains("er aflyst", reference);

        api.clock(starts.minus(Duration.ofHours(12)));
        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSize(3);

        var again = api.post("api/v1/appointments/manage/" + token + "/cancel", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        var unknown = api.post("api/v1/appointments/manage/AAAAAAAAAAAAAAAAAAAAAA/cancel", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Fatima", reference);
    }

    @Test
    void withTheSmtpServerDownTheMailIsRetriedLaterAndNothingIsLost() throws Exception {
        var slot = api.newSlot(daysAheadAt(3, 9, 0));
        String phone = Api.newPhone();
        String email = Api.newEmail();
        smtp.stop();
        String reference;
        try {
            reference = api.bookVerified(twilio, Api.bookingJson(id(slot), "Leila", phone, email, null), phone)
                    .getString("reference");
            assertThat(twilio.awaitSentTo(phone, 2)).as("SMS is not held up by mail").hasSize(2);
            api.dispatch();
            // the scheduled dispatcher may hold the row (SENDING) at this moment: wait for its outcome
            var mail = confirmationOnceSettled(reference, "EMAIL");
            assertThat(mail.getString("status")).isEqualTo("RETRY");
            assertThat(mail.getInt("attempts")).isGreaterThanOrEqualTo(1);
            assertThat(mail.getString("error")).contains("not reachable");
            assertThat(Instant.parse(mail.getString("due"))).isAfter(Instant.now());
        } finally {
            smtp.start();
        }
        api.clock(Instant.now().plus(Duration.ofMinutes(31)));
        api.dispatch();
        assertThat(smtp.awaitMailsTo(email, 1)).hasSize(1);
        assertThat(confirmation(reference, "EMAIL").getString("status")).isEqualTo("SENT");
        api.dispatch();
        assertThat(smtp.to(email)).hasSize(1);
        assertThat(twilio.sentTo(phone)).hasSize(2);
    }

    @Test
    void anSmsThatGotA5xxIsPostedOnceAndMarkedUnknownNotResent() throws Exception {
        var slot = api.newSlot(daysAheadAt(3, 11, 0));
        String phone = Api.newPhone();
        twilio.failFor(phone, 500);

        String reference = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Samira", phone, null, null))
                .json().getString("reference");
        assertThat(twilio.awaitSentTo(phone, 1)).hasSize(1);
        // the fake has the POST; let the dispatcher record its outcome before the clock moves past the lease
        messageOnceSettled(reference, "VERIFICATION", "SMS");
        api.clock(Instant.now().plus(Duration.ofHours(1)));
        api.dispatch();

        assertThat(twilio.sentTo(phone)).as("the SDK must not retry the POST by itself").hasSize(1);
        var sms = messageOnceSettled(reference, "VERIFICATION", "SMS");
        assertThat(sms.getString("status")).isEqualTo("UNKNOWN");
        assertThat(sms.getString("error")).contains("500");
    }

    @Test
    void aWrongCodeSpendsATryTheRightOneBooksAndOnlyOnce() throws Exception {
        var slot = api.newSlot(daysAheadAt(2, 9, 0));
        String phone = Api.newPhone();
        var held = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Nadia", phone, null, null)).json();
        String token = held.getString("manageToken");
        String code = twilio.awaitCode(phone, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";

        var refused = api.verify(token, wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Koden passer ikke. Du har 4 forsøg tilbage.");
        var refusedAgain = api.verify(token, wrong);
        assertThat(refusedAgain.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .as("the first wrong try was counted, though its request failed").contains("3 forsøg");
        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("status")).isEqualTo("HELD");

        var booked = api.verify(token, code);
        assertThat(booked.status()).isEqualTo(200);
        assertThat(booked.json().getString("status")).isEqualTo("BOOKED");
        assertThat(twilio.awaitSentTo(phone, 2).get(1).body()).contains("er bekræftet", held.getString("reference"));
        assertThat(api.verify(token, code).status()).isEqualTo(409);
    }

    @Test
    void aHoldNobodyVerifiesRunsOutAndFreesTheSlot() throws Exception {
        var slot = api.newSlot(daysAheadAt(2, 12, 0));
        String phone = Api.newPhone();
        var held = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Hamza", phone, null, null)).json();
        String code = twilio.awaitCode(phone, 1);
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).isEmpty();

        api.clock(Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(api.releaseHolds()).isGreaterThanOrEqualTo(1);

        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).hasSize(1);
        assertThat(api.get("api/v1/appointments/manage/" + held.getString("manageToken")).json().getString("status"))
                .isEqualTo("EXPIRED");
        var late = api.verify(held.getString("manageToken"), code);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("koden ikke blev indtastet i tide");
    }

    /**
     * The hold has run out but the job that lets it go has not run yet: the right code is refused as too late, and
     * the refusal leaves nothing behind (the code is not used up, as it was when the verified code committed with
     * the refusal: the next try then answered "already verified").
     */
    @Test
    void theRightCodeAfterTheHoldRanOutIsRefusedAndLeavesNothingHalfDone() throws Exception {
        var slot = api.newSlot(daysAheadAt(2, 13, 0));
        String phone = Api.newPhone();
        var held = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Idil", phone, null, null)).json();
        String token = held.getString("manageToken");
        String code = twilio.awaitCode(phone, 1);

        api.clock(Instant.now().plus(Duration.ofMinutes(16)));
        var late = api.verify(token, code);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("type")).isEqualTo("urn:helhed:problem:appointment.hold-expired");
        var again = api.verify(token, code);
        assertThat(again.json().getString("type")).as("the code was not spent by the refused request")
                .isEqualTo("urn:helhed:problem:appointment.hold-expired");
        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("status")).isNotEqualTo("BOOKED");
    }

    @Test
    void aNewCodeComesOnlyAfterTheCooldownAndAtMostFiveAnHourPerNumber() throws Exception {
        var slot = api.newSlot(daysAheadAt(2, 14, 0));
        String phone = Api.newPhone();
        String token = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Ayaan", phone, null, "en")).json()
                .getString("manageToken");
        String first = twilio.awaitCode(phone, 1);

        var tooSoon = api.post("api/v1/appointments/manage/" + token + "/resend-code", null);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.json().getString("detail")).matches("Please wait \\d+ seconds before asking for a new code\\.");

        Instant at = Instant.now();
        String latest = first;
        for (int n = 2; n <= 5; n++) {
            at = at.plusSeconds(61);
            api.clock(at);
            assertThat(api.post("api/v1/appointments/manage/" + token + "/resend-code", null).status()).isEqualTo(200);
            latest = twilio.awaitCode(phone, n);
        }
        api.clock(at.plusSeconds(61));
        var limited = api.post("api/v1/appointments/manage/" + token + "/resend-code", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().getString("detail")).startsWith("Too many attempts");
        assertThat(twilio.sentTo(phone)).hasSize(5);

        if (!first.equals(latest)) {
            assertThat(api.verify(token, first).status()).as("an old code stops working").isEqualTo(400);
        }
        assertThat(api.verify(token, latest).json().getString("status")).isEqualTo("BOOKED");
    }

    @Test
    void holdsFromOneAddressAreLimitedPerHour() {
        api.clock(Instant.now().plus(Duration.ofHours(3)));
        int limit = 40;
        for (int i = 0; i < limit; i++) {
            var slot = api.newSlot(daysAheadAt(5, 8, 0).plus(Duration.ofMinutes(45L * i)));
            assertThat(api.post("api/v1/appointments", Api.bookingJson(id(slot), "Many", Api.newPhone(), null, null))
                    .status()).as("hold %d", i + 1).isEqualTo(201);
        }
        var slot = api.newSlot(daysAheadAt(6, 8, 0));
        var limited = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Many", Api.newPhone(), null, null));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array())
                .as("a refused hold takes nothing").hasSize(1);
    }

    @Test
    void anAppointmentMovesToAnotherSlotKeepingItsReferenceAndItsPersonIsTold() throws Exception {
        var from = api.newSlot(daysAheadAt(3, 10, 0));
        Instant newStart = daysAheadAt(4, 15, 0);
        var to = api.newSlot(newStart);
        String phone = Api.newPhone();
        var booked = api.bookVerified(twilio, Api.bookingJson(id(from), "Omar", phone, null, null), phone);
        String token = booked.getString("manageToken");
        String reference = booked.getString("reference");
        assertThat(twilio.awaitSentTo(phone, 2)).hasSize(2);

        var moved = api.post("api/v1/appointments/manage/" + token + "/move", "{\"slotId\":" + id(to) + "}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().getString("reference")).isEqualTo(reference);
        assertThat(moved.json().getString("start")).contains("T15:00:00");
        assertThat(moved.json().getJsonObject("place").getString("code")).isEqualTo(to.getString("place"));
        assertThat(api.get("api/v1/appointment-slots?place=" + from.getString("place")).array()).hasSize(1);
        assertThat(api.get("api/v1/appointment-slots?place=" + to.getString("place")).array()).isEmpty();
        assertThat(twilio.awaitSentTo(phone, 3).get(2).body()).startsWith("Din aftale er flyttet til")
                .contains("kl. 15:00", reference);
        var reminders = api.outbox(reference).stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("kind").equals("REMINDER")).toList();
        Instant newEvening = newStart.atZone(KOEGE).toLocalDate().minusDays(1).atTime(18, 0).atZone(KOEGE).toInstant();
        assertThat(reminders).filteredOn(m -> m.getString("status").equals("CANCELLED")).hasSize(1);
        assertThat(reminders).filteredOn(m -> m.getString("status").equals("PENDING")).singleElement()
                .satisfies(m -> assertThat(Instant.parse(m.getString("due"))).isEqualTo(newEvening));

        var taken = api.newSlot(daysAheadAt(4, 16, 0));
        api.post("api/v1/appointments", Api.bookingJson(id(taken), "Other", Api.newPhone(), null, null));
        assertThat(api.post("api/v1/appointments/manage/" + token + "/move", "{\"slotId\":" + id(taken) + "}")
                .status()).as("a taken slot").isEqualTo(409);
        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("start")).contains("T15:00:00");
    }

    @Test
    void changesAreRefusedInsideTheCutoffBeforeTheStart() throws Exception {
        Instant starts = daysAheadAt(3, 11, 0);
        var slot = api.newSlot(starts);
        var other = api.newSlot(daysAheadAt(3, 13, 0));
        String phone = Api.newPhone();
        String token = api.bookVerified(twilio, Api.bookingJson(id(slot), "Zainab", phone, null, null), phone)
                .getString("manageToken");

        api.clock(starts.minus(Duration.ofMinutes(90)));
        var cancel = api.post("api/v1/appointments/manage/" + token + "/cancel", null);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().getString("detail")).contains("mindre end 120 minutter");
        assertThat(api.post("api/v1/appointments/manage/" + token + "/move", "{\"slotId\":" + id(other) + "}")
                .status()).isEqualTo(409);
        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("status")).isEqualTo("BOOKED");
    }

    private static String staffBooking(JsonObject slot, String name, String phone, String note, Boolean consent) {
        var b = jakarta.json.Json.createObjectBuilder().add("slotId", id(slot)).add("name", name).add("phone", phone);
        if (note != null) {
            b.add("note", note);
        }
        if (consent != null) {
            b.add("consent", consent);
        }
        return b.build().toString();
    }

    @Test
    void staffBookForAWalkInWithoutACodeButOnlyWithRecordedConsent() throws Exception {
        var slot = api.newSlot(daysAheadAt(3, 13, 0));
        String coordinator = api.newStaff("COORDINATOR", null);
        String phone = Api.newPhone();

        var anonymous = api.post("api/v1/staff/appointments", staffBooking(slot, "Walk In", phone, null, true));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.post("api/v1/staff/appointments", staffBooking(slot, "Walk In", phone, null, true),
                Api.basic(coordinator, "not-the-password")).status()).isEqualTo(401);

        var noConsent = api.post("api/v1/staff/appointments", staffBooking(slot, "Walk In", phone, null, null),
                Api.as(coordinator));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("consent");

        var booked = api.post("api/v1/staff/appointments", staffBooking(slot, "Walk In", phone, null, true),
                Api.as(coordinator));
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.json().getString("status")).isEqualTo("BOOKED");
        var sms = twilio.awaitSentTo(phone, 1);
        assertThat(sms).singleElement().satisfies(m -> assertThat(m.body())
                .contains("er bekræftet", booked.json().getString("reference")).doesNotContain("Din kode"));
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).isEmpty();
    }

    @Test
    void staffMoveAndCancelForAResidentInsideTheirCutOffTheResidentIsToldWithANewLinkAndTheLogHasIt()
            throws Exception {
        Instant starts = daysAheadAt(3, 11, 0);
        var slot = api.newSlot(starts);
        var other = api.newSlot(daysAheadAt(3, 14, 0));
        var taken = api.newSlot(daysAheadAt(3, 15, 0));
        api.post("api/v1/appointments", Api.bookingJson(id(taken), "Other", Api.newPhone(), null, null));
        String coordinator = api.newStaff("COORDINATOR", null);
        String phone = Api.newPhone();
        var booked = api.bookVerified(twilio, Api.bookingJson(id(slot), "Faadumo", phone, null, null), phone);
        String token = booked.getString("manageToken");
        String reference = booked.getString("reference");
        assertThat(twilio.awaitSentTo(phone, 2)).hasSize(2);
        api.clock(starts.minus(Duration.ofMinutes(90)));
        String path = "api/v1/staff/appointments/" + reference.toLowerCase(java.util.Locale.ROOT);

        assertThat(api.post(path + "/move", "{}", Api.as(coordinator)).status()).isEqualTo(400);
        assertThat(api.post(path + "/move", "{\"slotId\":" + id(taken) + "}", Api.as(coordinator)).status())
                .as("a taken slot").isEqualTo(409);
        assertThat(api.post(path + "/move", "{\"slotId\":" + id(other) + "}").status()).isEqualTo(401);
        for (String role : List.of("VOLUNTEER", "PARTNER")) {
            String[] as = Api.as(api.newStaff(role, null));
            assertThat(api.post(path + "/cancel", null, as).status()).as(role).isEqualTo(403);
            assertThat(api.post(path + "/move", "{\"slotId\":" + id(other) + "}", as).status()).as(role)
                    .isEqualTo(403);
        }
        assertThat(api.post("api/v1/staff/appointments/A-NOSUCHREF/cancel", null, Api.as(coordinator)).status())
                .isEqualTo(404);
        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("start"))
                .as("nothing changed by a refusal").contains("T11:00:00");

        var moved = api.post(path + "/move", "{\"slotId\":" + id(other) + "}", Api.as(coordinator));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getString("reference")).isEqualTo(reference);
        assertThat(moved.json().getString("start")).contains("T14:00:00");
        var told = twilio.awaitSentTo(phone, 3).get(2).body();
        assertThat(told).startsWith("Din aftale er flyttet til").contains("kl. 14:00", reference);
        String newToken = told.replaceAll("(?s).*manage\\?t=([A-Za-z0-9_-]+).*", "$1");
        assertThat(newToken).isNotEqualTo(token).isNotBlank();
        assertThat(api.get("api/v1/appointments/manage/" + token).status()).as("the old link").isEqualTo(404);
        assertThat(api.get("api/v1/appointments/manage/" + newToken).json().getString("start")).contains("T14:00:00");
        assertThat(api.get("api/v1/appointment-slots?place=" + other.getString("place")).array())
                .as("the slot moved to is taken").isEmpty();

        var cancelled = api.post(path + "/cancel", null, Api.as(coordinator));

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(twilio.awaitSentTo(phone, 4).get(3).body()).contains("er aflyst", reference);
        assertThat(api.post(path + "/cancel", null, Api.as(coordinator)).status()).isEqualTo(409);
        assertThat(api.get("api/v1/test-support/access-log?subject=appointment:" + reference).json()
                .getInt("entries")).as("the move and the cancellation, each by name").isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAdviserSeesOnlyTheirOwnDayAndRecordsAttendanceOnceItHasBegun() throws Exception {
        Instant starts = daysAheadAt(2, 10, 0);
        var mine = api.newSlot(starts, "da,ar");
        var theirs = api.newSlot(starts.plus(Duration.ofHours(1)));
        String me = api.newStaff("ADVISER", id(mine));
        String colleague = api.newStaff("ADVISER", id(theirs));
        String coordinator = api.newStaff("COORDINATOR", null);
        String reference = api.post("api/v1/staff/appointments", jakarta.json.Json.createObjectBuilder(
                        jakarta.json.Json.createReader(new java.io.StringReader(staffBooking(mine, "Leyla Ahmed",
                                Api.newPhone(), "Tolk ønskes", true))).readObject())
                        .add("requestedLanguage", "da").build().toString(), Api.as(coordinator))
                .json().getString("reference");
        api.post("api/v1/staff/appointments", staffBooking(theirs, "Other Resident", Api.newPhone(), null, true),
                Api.as(coordinator));
        String date = starts.atZone(KOEGE).toLocalDate().toString();

        var myDay = api.get("api/v1/staff/day?date=" + date, Api.as(me));
        assertThat(myDay.status()).isEqualTo(200);
        assertThat(myDay.array()).singleElement().satisfies(v -> {
            var entry = v.asJsonObject();
            assertThat(entry.getString("reference")).isEqualTo(reference);
            assertThat(entry.getString("name")).isEqualTo("Leyla Ahmed");
            assertThat(entry.getString("note")).isEqualTo("Tolk ønskes");
            assertThat(entry.getString("requestedLanguage")).isEqualTo("da");
            assertThat(entry.getBoolean("bookedByStaff")).isTrue();
        });
        assertThat(api.get("api/v1/staff/day?date=" + date, Api.as(colleague)).body()).doesNotContain("Leyla");
        assertThat(api.get("api/v1/staff/day?date=" + date, Api.as(coordinator)).status())
                .as("only advisers have a day").isEqualTo(403);
        assertThat(api.get("api/v1/staff/day?date=" + date).status()).isEqualTo(401);

        String attended = "{\"attendance\":\"ATTENDED\"}";
        assertThat(api.post("api/v1/staff/appointments/" + reference + "/attendance", attended, Api.as(colleague))
                .status()).as("someone else's appointment does not exist for them").isEqualTo(404);
        assertThat(api.post("api/v1/staff/appointments/" + reference + "/attendance", attended, Api.as(me))
                .status()).as("not begun yet").isEqualTo(409);
        api.clock(starts.plus(Duration.ofMinutes(10)));
        assertThat(api.post("api/v1/staff/appointments/" + reference + "/attendance", "{\"attendance\":\"MAYBE\"}",
                Api.as(me)).status()).isEqualTo(400);
        var recorded = api.post("api/v1/staff/appointments/" + reference + "/attendance", attended, Api.as(me));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().getString("attendance")).isEqualTo("ATTENDED");
        assertThat(api.get("api/v1/test-support/access-log?subject=appointment:" + reference).json()
                .getInt("entries")).isGreaterThanOrEqualTo(2);
    }

    /**
     * Ten wrong passwords from one address: that address is refused, even with the right password, for a while; the
     * owner elsewhere still signs in (issue 15: before, anyone could lock a coordinator out). The test stands in for
     * a reverse proxy: X-Forwarded-For names the address.
     */
    @Test
    void afterTenWrongPasswordsFromOneAddressThatAddressIsRefusedForAWhileButNotTheOwnerElsewhere() {
        // a volunteer's program signs in with its password (staff's programs use tokens: their password alone is
        // refused, see SecurityIT); the guesses are counted the same for every account
        String volunteer = "guessed-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@helhed.test";
        assertThat(api.post("api/v1/test-support/people/accounts?email=" + volunteer + "&password="
                + Api.STAFF_PASSWORD + "&role=VOLUNTEER&phone=" + Api.newPhone().replace("+", "%2B"), null)
                .status()).isEqualTo(200);
        String[] right = Api.basic(volunteer, Api.STAFF_PASSWORD);
        String guesser = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        String owner = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        assertThat(api.get("api/v1/account/profile", from(right, guesser)).status()).isEqualTo(200);
        assertThat(api.get("api/v1/account/profile", from(right, guesser)).status())
                .as("right passwords do not count").isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("api/v1/account/profile", from(Api.basic(volunteer, "guess-" + i), guesser)).status())
                    .isEqualTo(401);
        }
        var blocked = api.get("api/v1/account/profile", from(right, guesser));
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(api.get("api/v1/account/profile", from(right, owner)).status())
                .as("the owner at another address is not locked out").isEqualTo(200);
        api.clock(Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(api.get("api/v1/account/profile", from(right, guesser)).status()).isEqualTo(200);
    }

    private static String[] from(String[] headers, String address) {
        return new String[]{headers[0], headers[1], "X-Forwarded-For", address};
    }

    @Test
    void coordinatorsSetAnAdvisersWeeklyHoursAndAbsencesAndTheSlotsFollow() {
        var seeded = api.newWeeklyHours("da");
        long adviser = seeded.getJsonNumber("adviser").longValue();
        String place = seeded.getString("place");
        String coordinator = api.newStaff("COORDINATOR", null);
        api.generateSlots();
        // the first open day a week or more ahead (holidays and closed days have no slots); bounded
        LocalDate day = LocalDate.now(KOEGE).plusDays(8);
        for (int tries = 0; api.get("api/v1/appointment-slots?place=" + place + "&from=" + day + "&to=" + day)
                .array().isEmpty(); tries++) {
            assertThat(tries).as("an open day within two weeks").isLessThan(14);
            day = day.plusDays(1);
        }
        String hours = "{\"place\":\"" + place + "\",\"day\":\"" + day.getDayOfWeek() + "\",\"from\":\"14:00\","
                + "\"until\":\"15:30\",\"slotMinutes\":45}";
        String path = "api/v1/coordinator/advisers/" + adviser;
        String onThatDay = "api/v1/appointment-slots?place=" + place + "&from=" + day + "&to=" + day;

        assertThat(api.post(path + "/weekly-hours", hours).status()).isEqualTo(401);
        assertThat(api.get("api/v1/coordinator/advisers", Api.as(coordinator)).body()).contains("\"id\":" + adviser);
        assertThat(api.post(path + "/weekly-hours", hours, Api.as(coordinator)).status()).isEqualTo(201);
        assertThat(api.get(onThatDay).array()).extracting(v -> v.asJsonObject().getString("start"))
                .anyMatch(s -> s.contains("T14:00")).anyMatch(s -> s.contains("T14:45"));

        var bad = api.post(path + "/weekly-hours", "{\"place\":\"nowhere\",\"day\":\"FUNDAY\",\"from\":\"25:00\","
                + "\"until\":\"10:00\",\"slotMinutes\":5}", Api.as(coordinator));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .contains("place", "day", "from", "slotMinutes");
        assertThat(api.post("api/v1/coordinator/advisers/987654/absences",
                "{\"from\":\"" + day + "\",\"until\":\"" + day + "\",\"reason\":\"ILLNESS\"}", Api.as(coordinator))
                .status()).isEqualTo(404);

        var away = api.post(path + "/absences", "{\"from\":\"" + day + "\",\"until\":\"" + day
                + "\",\"reason\":\"ILLNESS\"}", Api.as(coordinator));
        assertThat(away.status()).isEqualTo(201);
        assertThat(api.get(onThatDay).array()).as("the free slots of an absence are withdrawn").isEmpty();
        assertThat(api.post(path + "/absences", "{\"from\":\"" + day + "\",\"until\":\"" + day.minusDays(1)
                + "\",\"reason\":\"SICK\"}", Api.as(coordinator)).json().getJsonArray("errors"))
                .extracting(e -> e.asJsonObject().getString("field")).containsExactlyInAnyOrder("until", "reason");

        // the absence was a mistake: removed, and its times are offered again
        var overview = api.get("api/v1/coordinator/advisers", Api.as(coordinator)).array().stream()
                .map(v -> v.asJsonObject()).filter(a -> a.getJsonNumber("id").longValue() == adviser).findFirst()
                .orElseThrow();
        long absence = overview.getJsonArray("absences").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.delete(path + "/absences/" + absence, Api.as(api.newStaff("VOLUNTEER", null))).status())
                .isEqualTo(403);
        assertThat(api.delete(path + "/absences/" + absence, Api.as(coordinator)).status()).isEqualTo(204);
        assertThat(api.delete(path + "/absences/" + absence, Api.as(coordinator)).status()).isEqualTo(404);
        assertThat(api.get(onThatDay).array()).as("offered again").isNotEmpty();

        // all the adviser's weekly hours end: the free times go at once, a booked one stands and is counted
        var booked = api.get(onThatDay).array().getJsonObject(0);
        assertThat(api.post("api/v1/staff/appointments", staffBooking(booked, "Walk In", Api.newPhone(), null, true),
                Api.as(coordinator)).status()).isEqualTo(201);
        int bookedLeft = 0;
        for (var h : overview.getJsonArray("hours")) {
            long id = h.asJsonObject().getJsonNumber("id").longValue();
            assertThat(api.delete(path + "/weekly-hours/" + id, Api.as(api.newStaff("ADVISER", null))).status())
                    .isEqualTo(403);
            var ended = api.delete(path + "/weekly-hours/" + id, Api.as(coordinator));
            assertThat(ended.status()).as(ended.body()).isEqualTo(200);
            bookedLeft += ended.json().getInt("bookedLeft");
        }
        assertThat(bookedLeft).isEqualTo(1);
        assertThat(api.get("api/v1/appointment-slots?place=" + place + "&from=" + day + "&to=" + day.plusDays(13))
                .array()).as("no free times after the hours ended").isEmpty();
        api.generateSlots();
        assertThat(api.get("api/v1/appointment-slots?place=" + place + "&from=" + day + "&to=" + day.plusDays(13))
                .array()).as("and none come back with the next generation").isEmpty();
        assertThat(api.delete("api/v1/coordinator/advisers/" + adviser + "/weekly-hours/987654321",
                Api.as(coordinator)).status()).isEqualTo(404);
    }

    private JsonObject confirmation(String reference, String channel) {
        return message(reference, "CONFIRMATION", channel);
    }

    /** The confirmation once no dispatcher is sending it (at most 30 s). */
    private JsonObject confirmationOnceSettled(String reference, String channel) throws InterruptedException {
        return messageOnceSettled(reference, "CONFIRMATION", channel);
    }

    /** The booking's message of this kind and channel once no dispatcher is sending it (at most 30 s). */
    private JsonObject messageOnceSettled(String reference, String kind, String channel) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(30);
        var message = message(reference, kind, channel);
        while (message.getString("status").equals("SENDING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            message = message(reference, kind, channel);
        }
        return message;
    }

    private JsonObject message(String reference, String kind, String channel) {
        return api.outbox(reference).stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("kind").equals(kind) && m.getString("channel").equals(channel))
                .findFirst().orElseThrow();
    }

    private List<String> statusOf(String reference, String kind) {
        return api.outbox(reference).stream().map(v -> v.asJsonObject()).filter(m -> m.getString("kind").equals(kind))
                .map(m -> m.getString("status")).toList();
    }

    private static long id(JsonObject slot) {
        return slot.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonArray slots) {
        return slots.stream().map(s -> id(s.asJsonObject())).toList();
    }

    private static List<String> languages(JsonValue slot) {
        return slot.asJsonObject().getJsonArray("languages").getValuesAs(JsonString::getString);
    }

    /** The days the slots start on, in order, each once. */
    private static List<LocalDate> days(JsonArray slots) {
        return slots.stream().map(s -> LocalDate.parse(s.asJsonObject().getString("start").substring(0, 10)))
                .distinct().toList();
    }

    private static Instant tomorrowAt(int hour, int minute) {
        return daysAheadAt(1, hour, minute);
    }

    private static Instant daysAheadAt(int days, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(days), LocalTime.of(hour, minute), KOEGE).toInstant()
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private static String offsetOf(Instant instant) {
        return instant.atZone(KOEGE).getOffset().getId();
    }
}
