package dk.helhed.appointments.entity;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Resident;
import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

class AppointmentTest {
    /** Thursday 2027-04-08 10:00 CEST. */
    private static final Instant STARTS = Instant.parse("2027-04-08T08:00:00Z");
    private static final Instant MONDAY_BEFORE = Instant.parse("2027-04-05T10:00:00Z");

    private final AppointmentSlot slot = KoegePlan.slotAt(LocalDateTime.of(2027, 4, 8, 10, 0));
    private final Resident amina = Resident.of("Amina Hassan", "20 30 40 50", "amina@example.dk");

    private Appointment bookedOnMonday() {
        return Appointment.book(slot, amina, Language.DA, ManageToken.create(), MONDAY_BEFORE);
    }

    private static Refusal refusalOf(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return (Refusal) thrown;
    }

    @Test
    @DisplayName("booking a slot that has not started: BOOKED, with the resident's details and language")
    void booksAFutureSlot() {
        Appointment appointment = Appointment.book(slot, amina, Language.EN, ManageToken.create(), MONDAY_BEFORE);

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.slot()).isSameAs(slot);
        assertThat(appointment.residentName()).isEqualTo("Amina Hassan");
        assertThat(appointment.residentPhone()).isEqualTo("+4520304050");
        assertThat(appointment.residentEmail()).contains("amina@example.dk");
        assertThat(appointment.language()).isEqualTo(Language.EN);
    }

    @Test
    @DisplayName("a slot that has started (or starts this very second) cannot be booked")
    void refusesAStartedSlot() {
        for (Instant now : new Instant[]{STARTS, STARTS.plusSeconds(60)}) {
            Refusal refusal = refusalOf(() -> Appointment.book(slot, amina, Language.DA, ManageToken.create(), now));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(refusal.fields())
                    .extracting(FieldProblem::field, FieldProblem::key)
                    .containsExactly(tuple("slotId", "field.slot.past"));
        }
    }

    @Test
    @DisplayName("one second before the start is still bookable")
    void bookableUntilTheLastSecond() {
        assertThat(Appointment.book(slot, amina, Language.DA, ManageToken.create(), STARTS.minusSeconds(1))
                .status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("cancelling before the start sets CANCELLED")
    void cancels() {
        Appointment appointment = bookedOnMonday();

        appointment.cancel(STARTS.minusSeconds(1), Duration.ZERO);

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointment.status().holdsSlot()).isFalse();
    }

    @Test
    @DisplayName("a second cancel is a conflict: already cancelled")
    void refusesSecondCancel() {
        Appointment appointment = bookedOnMonday();
        appointment.cancel(MONDAY_BEFORE.plusSeconds(3600), Duration.ZERO);

        Refusal refusal = refusalOf(() -> appointment.cancel(MONDAY_BEFORE.plusSeconds(7200), Duration.ZERO));

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.key()).isEqualTo("appointment.already-cancelled");
    }

    @Test
    @DisplayName("cancelling at or after the start is a conflict: already started, and it stays booked")
    void refusesCancelAfterStart() {
        for (Instant now : new Instant[]{STARTS, STARTS.plusSeconds(600)}) {
            Appointment appointment = bookedOnMonday();

            Refusal refusal = refusalOf(() -> appointment.cancel(now, Duration.ZERO));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal.key()).isEqualTo("appointment.already-started");
            assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        }
    }

    @Test
    @DisplayName("the reference is H- and 8 characters without look-alikes (no 0, 1, I, O), and differs per booking")
    void reference() {
        var references = IntStream.range(0, 500).mapToObj(i -> bookedOnMonday().reference()).toList();

        assertThat(references).allMatch(r -> r.matches("H-[2-9A-HJ-NP-Z]{8}"), "matches H-[2-9A-HJ-NP-Z]{8}");
        assertThat(references).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("messages are filed under appointment:<reference>")
    void topic() {
        Appointment appointment = bookedOnMonday();

        assertThat(appointment.topic()).isEqualTo("appointment:" + appointment.reference());
    }

    private Appointment heldOnMonday() {
        return Appointment.hold(slot, amina, Language.DA, ManageToken.create(), MONDAY_BEFORE,
                MONDAY_BEFORE.plus(Duration.ofMinutes(15)));
    }

    @Test
    @DisplayName("a hold keeps the slot until it is confirmed within its time; then it is BOOKED")
    void aHoldIsConfirmedInTime() {
        Appointment appointment = heldOnMonday();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.HELD);
        assertThat(appointment.status().holdsSlot()).isTrue();

        appointment.confirm(MONDAY_BEFORE.plus(Duration.ofMinutes(14)));

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.holdUntil()).isNull();
        assertThat(refusalOf(() -> appointment.confirm(MONDAY_BEFORE.plus(Duration.ofMinutes(15)))).key())
                .isEqualTo("appointment.already-confirmed");
    }

    @Test
    @DisplayName("a hold that ran out cannot be confirmed; it expires and lets the slot go")
    void aHoldRunsOut() {
        Appointment appointment = heldOnMonday();
        Instant late = MONDAY_BEFORE.plus(Duration.ofMinutes(15));

        assertThat(refusalOf(() -> appointment.confirm(late)).key()).isEqualTo("appointment.hold-expired");
        appointment.expire(late);

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.EXPIRED);
        assertThat(appointment.status().holdsSlot()).isFalse();
        assertThat(catchThrowable(() -> heldOnMonday().expire(MONDAY_BEFORE.plusSeconds(60))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("cancelling a booked appointment is refused inside the cut-off, allowed before it")
    void cancelHonoursTheCutoff() {
        Duration twoHours = Duration.ofHours(2);
        Refusal refusal = refusalOf(() -> bookedOnMonday().cancel(STARTS.minus(Duration.ofMinutes(119)), twoHours));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.key()).isEqualTo("appointment.past-cutoff");
        assertThat(refusal.args()).containsExactly(120L);

        Appointment appointment = bookedOnMonday();
        appointment.cancel(STARTS.minus(Duration.ofMinutes(121)), twoHours);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    @DisplayName("moving keeps the reference, takes the new slot and hands back the old one")
    void movesToAnotherSlot() {
        Appointment appointment = bookedOnMonday();
        String reference = appointment.reference();
        AppointmentSlot friday = KoegePlan.slotAt(LocalDateTime.of(2027, 4, 9, 13, 0));

        AppointmentSlot left = appointment.moveTo(friday, MONDAY_BEFORE, Duration.ofHours(2));

        assertThat(left).isSameAs(slot);
        assertThat(appointment.slot()).isSameAs(friday);
        assertThat(appointment.reference()).isEqualTo(reference);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("moving is refused for a hold, inside the cut-off, to the same slot and to a slot that has begun")
    void moveRules() {
        AppointmentSlot friday = KoegePlan.slotAt(LocalDateTime.of(2027, 4, 9, 13, 0));
        assertThat(refusalOf(() -> heldOnMonday().moveTo(friday, MONDAY_BEFORE, Duration.ZERO)).key())
                .isEqualTo("appointment.not-booked");
        assertThat(refusalOf(() -> bookedOnMonday().moveTo(friday, STARTS.minusSeconds(60), Duration.ofHours(2)))
                .key()).isEqualTo("appointment.past-cutoff");
        Appointment appointment = bookedOnMonday();
        assertThat(refusalOf(() -> appointment.moveTo(slot, MONDAY_BEFORE, Duration.ZERO)).fields())
                .extracting(FieldProblem::key).containsExactly("field.slot.same");
        AppointmentSlot yesterday = KoegePlan.slotAt(LocalDateTime.of(2027, 4, 4, 13, 0));
        assertThat(refusalOf(() -> appointment.moveTo(yesterday, MONDAY_BEFORE, Duration.ZERO)).fields())
                .extracting(FieldProblem::key).containsExactly("field.slot.past");
    }

    @Test
    @DisplayName("a resident may ask to speak a language the adviser speaks; it is kept apart from the message language")
    void requestsALanguageTheAdviserSpeaks() {
        var withKarim = KoegePlan.slotAt(LocalDateTime.of(2027, 4, 8, 10, 0), KoegePlan.adviser("da", "ar", "en"));
        Appointment appointment = Appointment.book(withKarim, amina, Language.DA, ManageToken.create(), MONDAY_BEFORE);

        assertThat(appointment.requestedLanguage()).isEmpty();
        appointment.requestLanguage(new SpokenLanguage("ar"));

        assertThat(appointment.requestedLanguage()).contains(new SpokenLanguage("ar"));
        assertThat(appointment.language()).isEqualTo(Language.DA);
    }

    @Test
    @DisplayName("a language the adviser does not speak is refused on the field requestedLanguage")
    void refusesALanguageTheAdviserDoesNotSpeak() {
        Appointment appointment = bookedOnMonday();

        Refusal refusal = refusalOf(() -> appointment.requestLanguage(new SpokenLanguage("so")));

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("requestedLanguage", "field.requested-language.not-spoken"));
        assertThat(appointment.requestedLanguage()).isEmpty();
    }
}
