package dk.helhed.shifts.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ShiftMessagesTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Place SOEPARKEN = new Place(new SocialPlan("koege", "Køge"), "soeparken",
            "Søparken, Beboerhuset", null);
    private static final ShiftMessages MESSAGES = new ShiftMessages(new ReminderPolicy(LocalTime.of(18, 0), KOEGE),
            KOEGE, "https://helhed.example.dk");

    private static Instant local(String at) {
        return LocalDateTime.parse(at).atZone(KOEGE).toInstant();
    }

    private static <T> T withId(T entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Person volunteer(String email, boolean sms) {
        var person = withId(new Person("Søren", null, null, null), 3);
        person.updateProfile("Søren Kierkegaard", PhoneNumber.parse("+4520304050").orElseThrow(), email, sms,
                List.of(), List.of(Subject.MATHS));
        return person;
    }

    private static ShiftAssignment assignment(Person person, String start, Instant now) {
        var shift = withId(Shift.homework(SOEPARKEN, "homework:4", Subject.MATHS, local(start),
                local(start).plus(Duration.ofHours(2)), 3, now), 41);
        return withId(new ShiftAssignment(shift, person, now), 77);
    }

    @Test
    @DisplayName("confirmation by e-mail with the shift as .ics; reminders at 18:00 the evening before by e-mail and SMS")
    void confirmationAndReminders() {
        var now = local("2027-01-04T10:00");
        var messages = MESSAGES.afterTaking(assignment(volunteer("soeren@example.dk", true), "2027-01-12T15:00",
                now), Language.DA, now);

        assertThat(messages).extracting(Outgoing::kind, Outgoing::channel).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MessageKind.CONFIRMATION, ChannelKind.EMAIL),
                org.assertj.core.groups.Tuple.tuple(MessageKind.REMINDER, ChannelKind.EMAIL),
                org.assertj.core.groups.Tuple.tuple(MessageKind.REMINDER, ChannelKind.SMS));
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.topic()).isEqualTo("shift-assignment:77");
            assertThat(m.expiresAt()).isEqualTo(local("2027-01-12T15:00"));
            assertThat(m.body()).contains("Søparken, Beboerhuset", "12. januar kl. 15:00", "17:00")
                    .doesNotContain("Kierkegaard");
        });
        var confirmation = messages.get(0);
        assertThat(confirmation.recipient()).isEqualTo("soeren@example.dk");
        assertThat(confirmation.dueAt()).isEqualTo(now);
        assertThat(confirmation.subject()).isEqualTo("Din vagt i Søparken, Beboerhuset er bekræftet");
        assertThat(confirmation.body()).contains("tirsdag d. 12. januar kl. 15:00 til 17:00",
                "https://helhed.example.dk/volunteer/my-shifts");
        assertThat(confirmation.calendar()).contains("UID:shift-41@helhed", "DTSTART:20270112T140000Z",
                "LOCATION:Søparken\\, Beboerhuset", "METHOD:PUBLISH");
        assertThat(messages.get(1).dueAt()).isEqualTo(local("2027-01-11T18:00"));
        assertThat(messages.get(1).calendar()).as("only the confirmation carries the .ics").isNull();
        assertThat(messages.get(2).recipient()).isEqualTo("+4520304050");
        assertThat(messages.get(2).body()).startsWith("Husk din vagt i Søparken, Beboerhuset i morgen");
        assertThat(messages).extracting(Outgoing::dedupeKey).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("written in the person's language: Arabic for a volunteer who signed up in Arabic, the .ics too")
    void inThePersonsLanguage() {
        var now = local("2027-01-04T10:00");
        var messages = MESSAGES.afterTaking(assignment(volunteer("soeren@example.dk", true), "2027-01-12T15:00",
                now), Language.AR, now);

        assertThat(messages.get(0).subject()).isEqualTo("تم تأكيد مناوبتك في Søparken, Beboerhuset");
        assertThat(messages.get(0).calendar()).contains("UID:shift-41@helhed");
        assertThat(messages.get(2).body()).contains("Søparken, Beboerhuset").doesNotContain("Husk");
    }

    @Test
    @DisplayName("no SMS consent: no SMS at all; no e-mail address: the confirmation goes by SMS")
    void channelsFollowTheProfile() {
        var now = local("2027-01-04T10:00");
        var noSms = MESSAGES.afterTaking(assignment(volunteer("soeren@example.dk", false), "2027-01-12T15:00", now),
                Language.DA, now);
        var noEmail = MESSAGES.afterTaking(assignment(volunteer(null, true), "2027-01-12T15:00", now), Language.DA,
                now);

        assertThat(noSms).extracting(Outgoing::channel).containsOnly(ChannelKind.EMAIL).hasSize(2);
        assertThat(noEmail).extracting(Outgoing::kind, Outgoing::channel).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MessageKind.CONFIRMATION, ChannelKind.SMS),
                org.assertj.core.groups.Tuple.tuple(MessageKind.REMINDER, ChannelKind.SMS));
    }

    @Test
    @DisplayName("the evening before follows the wall clock over DST: Sunday 28 March 2027 is reminded Saturday 18:00 CET")
    void eveningBeforeAcrossDst() {
        var now = local("2027-03-20T10:00");
        var messages = MESSAGES.afterTaking(assignment(volunteer("s@example.dk", false), "2027-03-28T15:00", now),
                Language.DA, now);

        assertThat(messages).filteredOn(m -> m.kind() == MessageKind.REMINDER).singleElement()
                .satisfies(m -> assertThat(m.dueAt()).isEqualTo(Instant.parse("2027-03-27T17:00:00Z")));
    }

    @Test
    @DisplayName("a shift taken after 18:00 the evening before gets only its confirmation")
    void lateTakingNoReminder() {
        var now = local("2027-01-11T19:00");
        var messages = MESSAGES.afterTaking(assignment(volunteer("s@example.dk", true), "2027-01-12T15:00", now),
                Language.DA, now);

        assertThat(messages).extracting(Outgoing::kind).containsExactly(MessageKind.CONFIRMATION);
    }

    @Test
    @DisplayName("cut-off: the page offers Cancel exactly when giving up is allowed (24 hours before, not 23:59)")
    void cutoffAgreesWithTheRule() {
        var cutoff = new CancelCutoff(Duration.ofHours(24));
        var now = local("2027-01-04T10:00");
        var start = local("2027-01-12T15:00");

        assertThat(cutoff.allows(start, start.minus(Duration.ofHours(24)))).isTrue();
        assertThat(cutoff.allows(start, start.minus(Duration.ofHours(24)).plusSeconds(60))).isFalse();
        var late = assignment(volunteer(null, false), "2027-01-12T15:00", now);
        var refusal = catchThrowableOfType(() -> late.giveUp(start.minus(Duration.ofMinutes(23 * 60 + 59)),
                cutoff.before()), Refusal.class);
        assertThat(refusal.key()).isEqualTo("shift.too-late-to-cancel");
        late.giveUp(start.minus(Duration.ofHours(24)), cutoff.before());
    }

    @Test
    @DisplayName("several shifts taken at once: one e-mail listing every date, with one .ics holding them all")
    void oneConfirmationForSeveral() {
        var now = local("2027-01-04T10:00");
        var person = volunteer("soeren@example.dk", true);
        var shifts = List.of(assignment(person, "2027-01-12T15:00", now), withId(new ShiftAssignment(withId(
                Shift.homework(SOEPARKEN, "homework:4", Subject.MATHS, local("2027-01-19T15:00"),
                        local("2027-01-19T17:00"), 3, now), 42), person, now), 78));

        var messages = MESSAGES.afterTakingSeveral(shifts, Language.DA, now);

        assertThat(messages).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MessageKind.CONFIRMATION);
            assertThat(mail.channel()).isEqualTo(ChannelKind.EMAIL);
            assertThat(mail.subject()).isEqualTo("Dine 2 vagter er bekræftet");
            assertThat(mail.body()).contains("- tirsdag d. 12. januar kl. 15:00 til 17:00, Søparken, Beboerhuset",
                    "- tirsdag d. 19. januar kl. 15:00 til 17:00, Søparken, Beboerhuset",
                    "https://helhed.example.dk/volunteer/my-shifts");
            assertThat(mail.calendar().split("BEGIN:VEVENT", -1)).hasSize(3);
            assertThat(mail.calendar()).contains("UID:shift-41@helhed", "UID:shift-42@helhed");
            assertThat(mail.topic()).as("giving one shift up does not hold the summary back")
                    .isNotEqualTo(ShiftMessages.topic(77));
        });
    }

    @Test
    @DisplayName("without an e-mail address, one SMS for all of them, naming the first and the last")
    void oneSmsForSeveralWithoutEmail() {
        var now = local("2027-01-04T10:00");
        var person = volunteer(null, true);
        var first = assignment(person, "2027-01-12T15:00", now);
        var last = withId(new ShiftAssignment(withId(Shift.homework(SOEPARKEN, "homework:4", Subject.MATHS,
                local("2027-03-16T15:00"), local("2027-03-16T17:00"), 3, now), 43), person, now), 79);

        assertThat(MESSAGES.afterTakingSeveral(List.of(first, last), Language.DA, now)).singleElement()
                .satisfies(sms -> {
                    assertThat(sms.channel()).isEqualTo(ChannelKind.SMS);
                    assertThat(sms.body()).isEqualTo("Dine 2 vagter i Søparken, Beboerhuset er bekræftet, fra "
                            + "tirsdag d. 12. januar kl. 15:00 til tirsdag d. 16. marts kl. 15:00. Se dem: "
                            + "https://helhed.example.dk/volunteer/my-shifts");
                });
        assertThat(MESSAGES.afterTakingSeveral(List.of(first, last), Language.DA, now).get(0).expiresAt())
                .isEqualTo(local("2027-03-16T15:00"));
    }
}
