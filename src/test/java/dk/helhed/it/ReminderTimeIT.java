package dk.helhed.it;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder promise in time (issue 5, point 4): across both daylight-saving weekends of 2027 and after an outage.
 * <p>
 * The ITs run with {@code HELHED_REMINDER_HOURS_BEFORE=2} and the evening-before reminder at 18:00, one deployment for
 * every IT class, so the reminder that can fall in a changing hour is the "2 hours before" one: it is counted in real
 * time (two hours of elapsed time, not two hours of wall clock). An appointment at 04:30 local on 2027-03-28 would
 * naively be reminded at 02:30 local, which does not exist; the right moment is 00:30Z (01:30 CET). On 2027-10-31 the
 * reminders of 03:30 and 04:30 local (CET) fall at 02:30 local in the first (00:30Z, CEST) and the second (01:30Z,
 * CET) pass of the repeated hour. The test clock walks across each change in 5-minute steps, dispatching at each
 * step, and each reminder must reach the fake SMS and SMTP servers exactly once, at the first step at or after its
 * moment (not an hour early, not an hour late). The dispatcher's own job keeps running meanwhile, as in production,
 * except where a code must be shown to go ahead of reminders due before it (issue 13, point 5): that test stops the
 * job and dispatches one run itself, so the order it checks is the dispatcher's, not a race.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderTimeIT {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Duration STEP = Duration.ofMinutes(5);
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

    @AfterEach
    void backToRealTime() {
        api.realClock();
    }

    /** One booked appointment: its resident's phone and e-mail, and the moment its reminder is due. */
    private record Booked(String reference, String phone, String email, Instant starts, Instant remindAt,
                          String placeName) {
    }

    @Test
    void aReminderDueInTheSkippedSpringHourIsSentOnceAtItsRealMoment() throws Exception {
        // Saturday evening 21:00 CET, after the evening-before moment (18:00), so only the "2 hours before" ones
        api.clock(Instant.parse("2027-03-27T20:00:00Z"));
        // 04:30 CEST = 02:30Z: two hours before is 00:30Z = 01:30 CET (wall-clock arithmetic says 02:30, which
        // does not exist); 05:00 CEST = 03:00Z: two hours before is 01:00Z, the very instant 02:00 CET becomes 03:00
        // CEST
        var inTheGap = book(Instant.parse("2027-03-28T02:30:00Z"));
        var atTheJump = book(Instant.parse("2027-03-28T03:00:00Z"));
        assertThat(inTheGap.starts().atZone(KOEGE).toLocalTime()).hasToString("04:30");
        assertThat(inTheGap.remindAt()).isEqualTo(Instant.parse("2027-03-28T00:30:00Z"));
        assertThat(inTheGap.remindAt().atZone(KOEGE).toLocalTime()).hasToString("01:30");
        assertThat(atTheJump.remindAt().atZone(KOEGE).toLocalTime()).hasToString("03:00");

        walkAcross(Instant.parse("2027-03-27T23:02:30Z"), Instant.parse("2027-03-28T02:02:30Z"),
                List.of(inTheGap, atTheJump));
        assertThat(twilio.sentTo(inTheGap.phone()).get(2).body()).contains("is today", "04:30", inTheGap.reference());
        assertThat(twilio.sentTo(atTheJump.phone()).get(2).body()).contains("is today", "05:00");
    }

    @Test
    void remindersDueInBothPassesOfTheRepeatedAutumnHourAreEachSentOnce() throws Exception {
        // Saturday evening 21:00 CEST, after the evening-before moment
        api.clock(Instant.parse("2027-10-30T19:00:00Z"));
        // 03:30 CET = 02:30Z: reminder 00:30Z = 02:30 CEST, the first pass of 02:00-03:00;
        // 04:30 CET = 03:30Z: reminder 01:30Z = 02:30 CET, the second pass
        var firstPass = book(Instant.parse("2027-10-31T02:30:00Z"));
        var secondPass = book(Instant.parse("2027-10-31T03:30:00Z"));
        assertThat(firstPass.remindAt().atZone(KOEGE)).hasToString("2027-10-31T02:30+02:00[Europe/Copenhagen]");
        assertThat(secondPass.remindAt().atZone(KOEGE)).hasToString("2027-10-31T02:30+01:00[Europe/Copenhagen]");

        walkAcross(Instant.parse("2027-10-30T23:02:30Z"), Instant.parse("2027-10-31T02:02:30Z"),
                List.of(firstPass, secondPass));
        assertThat(twilio.sentTo(firstPass.phone()).get(2).body()).contains("is today", "03:30");
        assertThat(twilio.sentTo(secondPass.phone()).get(2).body()).contains("is today", "04:30");
    }

    @Test
    void afterAnOutageAReminderWhoseAppointmentHasBegunIsCancelledNotSentLate() throws Exception {
        api.clock(Instant.parse("2027-05-04T08:00:00Z"));
        // Wednesday 12:00 CEST: the evening before is Tuesday 18:00 CEST = 16:00Z, two hours before is 08:00Z
        var booked = book(Instant.parse("2027-05-05T10:00:00Z"));
        var reminders = reminders(booked);
        assertThat(reminders).extracting(m -> m.getString("kind"))
                .containsExactlyInAnyOrder("REMINDER", "REMINDER", "REMINDER_SOON", "REMINDER_SOON");
        assertThat(reminders).filteredOn(m -> m.getString("kind").equals("REMINDER"))
                .allSatisfy(m -> assertThat(m.getString("due")).isEqualTo("2027-05-04T16:00:00Z"));

        // shortly before the evening reminder, nothing is due; then the service is down until after the start
        api.clock(Instant.parse("2027-05-04T15:55:00Z"));
        api.dispatch();
        assertThat(statuses(booked)).containsOnly("PENDING");
        api.clock(booked.starts().plus(Duration.ofMinutes(1)));
        api.dispatch();

        assertThat(reminders(booked)).hasSize(4).allSatisfy(m -> {
            assertThat(m.getString("status")).isEqualTo("CANCELLED");
            assertThat(m.getString("error")).isEqualTo("too late: its moment has passed");
            assertThat(Instant.parse(m.getString("settled"))).isAfterOrEqualTo(booked.starts());
        });
        // give the dispatcher's own job time to run too: still nothing after the confirmation
        api.dispatch();
        Thread.sleep(5_000);
        assertThat(twilio.sentTo(booked.phone())).as("the code and the confirmation only").hasSize(2);
        assertThat(smtp.to(booked.email())).as("the confirmation only").hasSize(1);
    }

    @Test
    void afterAnOutageEndingBeforeTheStartTheReminderStillGoesOutOnce() throws Exception {
        api.clock(Instant.parse("2027-05-11T08:00:00Z"));
        var booked = book(Instant.parse("2027-05-12T10:00:00Z"));
        // down from before the evening reminder (16:00Z) until after the "2 hours before" one (08:00Z), but back
        // before the start: both are still of use, each goes out once
        api.clock(Instant.parse("2027-05-12T08:30:00Z"));
        api.dispatch();
        assertThat(twilio.awaitSentTo(booked.phone(), 4)).hasSize(4);
        assertThat(smtp.awaitMailsTo(booked.email(), 3)).hasSize(3);
        api.dispatch();
        Thread.sleep(3_000);
        assertThat(twilio.sentTo(booked.phone())).hasSize(4);
        assertThat(smtp.to(booked.email())).hasSize(3);
        assertThat(statuses(booked)).containsOnly("SENT");
    }

    @Test
    void aReminderClaimedByADispatcherThatDiedBeforeHandingItOverIsSentOnceAfterTheLease() throws Exception {
        api.clock(Instant.parse("2028-02-01T08:00:00Z"));
        var booked = book(Instant.parse("2028-02-03T10:00:00Z"));
        Instant evening = Instant.parse("2028-02-02T17:00:00Z");
        // the node claims both evening reminders, is handing the SMS over and dies before it records anything
        var claimed = api.post("api/v1/test-support/reminder-time/abandoned-claim?at=" + evening.plusSeconds(30)
                + "&handedOver=SMS&leaseSeconds=900", null).array();
        var evenings = reminders(booked).stream().filter(m -> m.getString("kind").equals("REMINDER")).toList();
        assertThat(evenings).hasSize(2).allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("SENDING"));
        assertThat(claimed.stream().map(v -> v.toString()).toList())
                .containsExactlyInAnyOrderElementsOf(evenings.stream().map(m -> m.get("id").toString()).toList());

        // within the lease (900 s in the ITs) nobody touches them
        api.clock(evening.plus(Duration.ofMinutes(10)));
        api.dispatch();
        assertThat(twilio.sentTo(booked.phone())).hasSize(2);
        assertThat(smtp.to(booked.email())).hasSize(1);

        // after it: the e-mail that never left goes back in line and out, once; the SMS may have left: UNKNOWN
        api.clock(evening.plus(Duration.ofMinutes(16)));
        api.dispatch();
        assertThat(smtp.awaitMailsTo(booked.email(), 2)).hasSize(2);
        api.dispatch();
        Thread.sleep(3_000);
        assertThat(smtp.to(booked.email())).hasSize(2);
        assertThat(twilio.sentTo(booked.phone())).as("never re-sent blindly").hasSize(2);
        var after = reminders(booked).stream().filter(m -> m.getString("kind").equals("REMINDER")).toList();
        assertThat(after).filteredOn(m -> m.getString("channel").equals("EMAIL")).singleElement()
                .satisfies(m -> assertThat(m.getString("status")).isEqualTo("SENT"));
        assertThat(after).filteredOn(m -> m.getString("channel").equals("SMS")).singleElement().satisfies(m -> {
            assertThat(m.getString("status")).isEqualTo("UNKNOWN");
            assertThat(m.getString("error")).contains("lease ran out while sending");
        });
    }

    /**
     * Moves the clock from {@code from} to {@code to} in 5-minute steps, dispatching at each, and checks that each
     * reminder reaches both fakes exactly once, at the first step at or after its moment.
     */
    @Test
    void aResidentsCodeGoesAheadOfTheEveningsRemindersDueBeforeIt() throws Exception {
        api.post("api/v1/test-support/reminder-time/dispatch-job?running=false", null);
        try {
            String burst = api.post("api/v1/test-support/reminder-time/reminder-burst?count=120", null).json()
                    .getString("topic");
            var slot = api.newSlot(Instant.now().plus(Duration.ofDays(3)));
            String phone = Api.newPhone();
            var held = api.post("api/v1/appointments", Api.bookingJson(slot.getJsonNumber("id").longValue(),
                    "Hodan", phone, null, null));
            assertThat(held.status()).as(held.body()).isEqualTo(201);
            int before = twilio.all().size();

            assertThat(api.dispatch()).as("the burst, the code and nothing left behind").isGreaterThanOrEqualTo(121);

            var sent = twilio.all().subList(before, twilio.all().size());
            assertThat(sent.get(0).to()).as("the code is the first SMS of the run").isEqualTo(phone);
            assertThat(sent.get(0).body()).containsPattern("\\b\\d{6}\\b");
            assertThat(sent).filteredOn(sms -> sms.body().contains("A-BURST")).hasSize(120);
            assertThat(api.get("api/v1/test-support/reminder-time/outbox?topic=" + burst).array())
                    .extracting(m -> m.asJsonObject().getString("status")).containsOnly("SENT");
        } finally {
            api.post("api/v1/test-support/reminder-time/dispatch-job?running=true", null);
        }
    }

    private void walkAcross(Instant from, Instant to, List<Booked> bookings) throws Exception {
        Map<Booked, Instant> firstSeen = new HashMap<>();
        List<String> steps = new ArrayList<>();
        for (Instant t = from; !t.isAfter(to); t = t.plus(STEP)) {
            api.clock(t);
            api.dispatch();
            steps.add(t.atZone(KOEGE).toString());
            for (var b : bookings) {
                if (t.isBefore(b.remindAt())) {
                    assertThat(twilio.sentTo(b.phone())).as("SMS to %s at %s, before its moment", b.reference(), t)
                            .hasSize(2);
                    assertThat(smtp.to(b.email())).as("e-mail to %s at %s, before its moment", b.reference(), t)
                            .hasSize(1);
                } else {
                    // the dispatcher's job may have claimed it just before our dispatch: wait (bounded) for it
                    assertThat(twilio.awaitSentTo(b.phone(), 3)).as("SMS to %s at %s", b.reference(), t).hasSize(3);
                    assertThat(smtp.awaitMailsTo(b.email(), 2)).as("e-mail to %s at %s", b.reference(), t).hasSize(2);
                    firstSeen.putIfAbsent(b, t);
                }
            }
        }
        assertThat(steps).hasSize(37);
        for (var b : bookings) {
            assertThat(firstSeen.get(b)).as("%s was first seen at the first step after its moment", b.reference())
                    .isAfterOrEqualTo(b.remindAt()).isBefore(b.remindAt().plus(STEP));
            assertThat(reminders(b)).hasSize(2).allSatisfy(m -> {
                assertThat(m.getString("kind")).isEqualTo("REMINDER_SOON");
                assertThat(m.getString("status")).isEqualTo("SENT");
                assertThat(Instant.parse(m.getString("due"))).isEqualTo(b.remindAt());
                assertThat(Instant.parse(m.getString("expires"))).isEqualTo(b.starts());
                assertThat(Instant.parse(m.getString("settled"))).isAfterOrEqualTo(b.remindAt())
                        .isBefore(b.remindAt().plus(STEP));
            });
        }
        Thread.sleep(3_000);
        api.dispatch();
        for (var b : bookings) {
            assertThat(twilio.sentTo(b.phone())).as("code, confirmation and one reminder").hasSize(3);
            assertThat(smtp.to(b.email())).as("confirmation and one reminder").hasSize(2);
        }
    }

    /** Books a fresh slot at {@code starts} as a resident does online (SMS code), with phone and e-mail. */
    private Booked book(Instant starts) throws Exception {
        var slot = api.newSlot(starts);
        String phone = Api.newPhone();
        String email = Api.newEmail();
        var held = api.bookVerified(twilio, Api.bookingJson(slot.getJsonNumber("id").longValue(), "Hodan", phone,
                email, "en"), phone);
        assertThat(twilio.awaitSentTo(phone, 2)).as("code and confirmation").hasSize(2);
        assertThat(smtp.awaitMailsTo(email, 1)).as("confirmation").hasSize(1);
        var booked = new Booked(held.getString("reference"), phone, email, starts, starts.minus(Duration.ofHours(2)),
                slot.getString("placeName"));
        var soon = reminders(booked).stream().filter(m -> m.getString("kind").equals("REMINDER_SOON")).toList();
        assertThat(soon).extracting(m -> m.getString("channel")).containsExactlyInAnyOrder("SMS", "EMAIL");
        return booked;
    }

    private List<JsonObject> reminders(Booked b) {
        return api.get("api/v1/test-support/reminder-time/outbox?topic=appointment:" + b.reference()).array()
                .stream().map(v -> v.asJsonObject()).filter(m -> m.getString("kind").startsWith("REMINDER")).toList();
    }

    private List<String> statuses(Booked b) {
        return reminders(b).stream().map(m -> m.getString("status")).toList();
    }
}
