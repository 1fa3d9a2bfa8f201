package dk.helhed.homework.control;

import dk.helhed.i18n.Language;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TutorMessagesTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-03-09T14:00:00Z");
    private static final Place PLACE = new Place(new SocialPlan("koege", "Køge"), "ellemarken",
            "Områdekontoret i Ellemarken", null);

    private static ShiftAssignment assignment(Subject subject, boolean sms, String email) {
        var person = new Person("Lærke", null, null, null);
        person.updateProfile("Lærke", PhoneNumber.parse("+4522334455").orElseThrow(), email, sms, List.of(), Set.of());
        var shift = Shift.homework(PLACE, "homework:1", subject, TUESDAY, TUESDAY.plusSeconds(7200), 1, NOW);
        return new ShiftAssignment(shift, person, NOW);
    }

    @Test
    @DisplayName("a cancelled session: SMS and e-mail in Danish naming title, time, place and subject")
    void cancelled() {
        var out = new TutorMessages(KOEGE).write(TutorMessages.Kind.CANCELLED, assignment(Subject.MATHS, true,
                "laerke@example.dk"), "Lektiehjælp: Studieplaneten", TUESDAY, Language.DA, NOW);

        assertThat(out).extracting(Outgoing::channel, Outgoing::kind, Outgoing::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChannelKind.SMS, MessageKind.CANCELLATION, "+4522334455"),
                org.assertj.core.groups.Tuple.tuple(ChannelKind.EMAIL, MessageKind.CANCELLATION, "laerke@example.dk"));
        assertThat(out.get(0).body()).isEqualTo("Lektiehjælp: Studieplaneten tirsdag d. 9. marts kl. 15:00, "
                + "Områdekontoret i Ellemarken, er aflyst. Din vagt (Matematik) er derfor aflyst. Tak for din hjælp.");
        assertThat(out).allSatisfy(m -> {
            assertThat(m.topic()).startsWith("homework-tutor:");
            assertThat(m.dueAt()).isEqualTo(NOW);
        });
    }

    @Test
    @DisplayName("no SMS without consent; a moved place names the time it had; any subject reads 'alle fag'")
    void movedWithoutSms() {
        var a = assignment(null, false, "bo@example.dk");
        a.shift().moveTo(TUESDAY.plusSeconds(3600), TUESDAY.plusSeconds(3 * 3600), NOW);

        var out = new TutorMessages(KOEGE).write(TutorMessages.Kind.MOVED, a, "Studieplaneten", TUESDAY, Language.DA,
                NOW);

        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(ChannelKind.EMAIL);
            assertThat(m.kind()).isEqualTo(MessageKind.CHANGE);
            assertThat(m.body()).contains("Før: tirsdag d. 9. marts kl. 15:00", "Nu: tirsdag d. 9. marts kl. 16:00",
                    "Din vagt: alle fag");
        });
    }

    @Test
    @DisplayName("a tutor who signed up in English is told in English")
    void inTheTutorsLanguage() {
        var out = new TutorMessages(KOEGE).write(TutorMessages.Kind.CANCELLED, assignment(Subject.MATHS, false,
                "laerke@example.dk"), "Homework help: Studieplaneten", TUESDAY, Language.EN, NOW);

        assertThat(out).singleElement().satisfies(m -> assertThat(m.body())
                .contains("Homework help: Studieplaneten", "Tuesday").doesNotContain("aflyst"));
    }
}
