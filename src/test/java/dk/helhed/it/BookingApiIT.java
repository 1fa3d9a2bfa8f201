package dk.helhed.it;

import dk.helhed.appointments.control.ClosedDays;
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
        assertThat(ready.body()).contains("\"status\":\"UP\"");
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
    void slotGenerationSkipsClosedDaysAndAbsencesAndWithdrawsTheSlotsOfAnAdviserWhoFallsIll() {
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
        var booked = api.post("api/v1/appointments", Api.bookingJson(id(onIllDay.get(0)), "Leila", Api.newPhone(),
                null, null)).json();

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
        assertThat(booked.getString("status")).isEqualTo("BOOKED");
        assertThat(booked.getString("start")).endsWith("T10:00:00" + offsetOf(daysAheadAt(3, 10, 0)));
        assertThat(booked.getJsonObject("place").getString("code")).isEqualTo(slot.getString("place"));
        assertThat(booked.getString("manageToken")).matches("[A-Za-z0-9_-]{22}");
        assertThat(reply.header("Location")).endsWith("/api/v1/appointments/manage/" + booked.getString("manageToken"));

        // delivered by the Quartz dispatch job, not by the test
        var sms = twilio.awaitSentTo(phone, 1);
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
        assertThat(api.outbox(reference)).filteredOn(m -> m.asJsonObject().getString("kind").equals("CONFIRMATION"))
                .hasSize(1);
    }

    @Test
    void theReminderGoesOutTheEveningBeforeAndNotEarlier() throws Exception {
        Instant starts = daysAheadAt(3, 10, 0);
        var slot = api.newSlot(starts);
        String phone = Api.newPhone();
        String email = Api.newEmail();
        var booked = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Yusuf", phone, email, "en")).json();
        String reference = booked.getString("reference");
        assertThat(twilio.awaitSentTo(phone, 1)).hasSize(1);
        assertThat(smtp.awaitMailsTo(email, 1)).hasSize(1);

        Instant eveningBefore = starts.atZone(KOEGE).toLocalDate().minusDays(1).atTime(18, 0).atZone(KOEGE).toInstant();
        var reminders = api.outbox(reference).stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("kind").equals("REMINDER")).toList();
        assertThat(reminders).extracting(m -> m.getString("channel")).containsExactlyInAnyOrder("SMS", "EMAIL");
        assertThat(reminders).allSatisfy(m -> assertThat(Instant.parse(m.getString("due"))).isEqualTo(eveningBefore));

        api.clock(eveningBefore.minusSeconds(60));
        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSize(1);
        assertThat(smtp.to(email)).hasSize(1);
        assertThat(statusOf(reference, "REMINDER")).containsOnly("PENDING");

        api.clock(eveningBefore.plusSeconds(1));
        api.dispatch();
        var sms = twilio.awaitSentTo(phone, 2);
        assertThat(sms).hasSize(2);
        assertThat(sms.get(1).body()).startsWith("Reminder: your appointment at " + slot.getString("placeName"))
                .contains("tomorrow", "at 10:00", reference);
        var mails = smtp.awaitMailsTo(email, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).isEqualTo("Reminder: your appointment at " + slot.getString("placeName") + " tomorrow");
        assertThat(statusOf(reference, "REMINDER")).containsOnly("SENT");

        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSize(2);
        assertThat(smtp.to(email)).hasSize(2);
    }

    @Test
    void aCancelledBookingFreesItsSlotAndItsReminderNeverGoesOut() throws Exception {
        Instant starts = daysAheadAt(3, 14, 0);
        var slot = api.newSlot(starts);
        String phone = Api.newPhone();
        var booked = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Fatima", phone, null, null)).json();
        String token = booked.getString("manageToken");
        String reference = booked.getString("reference");
        assertThat(twilio.awaitSentTo(phone, 1)).hasSize(1);

        assertThat(api.get("api/v1/appointments/manage/" + token).json().getString("status")).isEqualTo("BOOKED");
        var cancelled = api.post("api/v1/appointments/manage/" + token + "/cancel", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).hasSize(1);
        assertThat(statusOf(reference, "REMINDER")).containsOnly("CANCELLED");

        api.clock(starts.minus(Duration.ofHours(12)));
        api.dispatch();
        assertThat(twilio.sentTo(phone)).hasSize(1);

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
            reference = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Leila", phone, email, null))
                    .json().getString("reference");
            assertThat(twilio.awaitSentTo(phone, 1)).as("SMS is not held up by mail").hasSize(1);
            api.dispatch();
            var mail = confirmation(reference, "EMAIL");
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
        assertThat(twilio.sentTo(phone)).hasSize(1);
    }

    @Test
    void anSmsThatGotA5xxIsPostedOnceAndMarkedUnknownNotResent() throws Exception {
        var slot = api.newSlot(daysAheadAt(3, 11, 0));
        String phone = Api.newPhone();
        twilio.failFor(phone, 500);

        String reference = api.post("api/v1/appointments", Api.bookingJson(id(slot), "Samira", phone, null, null))
                .json().getString("reference");
        assertThat(twilio.awaitSentTo(phone, 1)).hasSize(1);
        api.clock(Instant.now().plus(Duration.ofHours(1)));
        api.dispatch();

        assertThat(twilio.sentTo(phone)).as("the SDK must not retry the POST by itself").hasSize(1);
        var sms = confirmation(reference, "SMS");
        assertThat(sms.getString("status")).isEqualTo("UNKNOWN");
        assertThat(sms.getString("error")).contains("500");
    }

    private JsonObject confirmation(String reference, String channel) {
        return api.outbox(reference).stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("kind").equals("CONFIRMATION") && m.getString("channel").equals(channel))
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
