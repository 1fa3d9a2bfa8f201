package dk.helhed.events.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SignupTest {
    private static final Instant MONDAY = Instant.parse("2027-04-05T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);
    private final Event workshop = Workshops.workshopAt(LocalDateTime.of(2027, 4, 8, 18, 0), 2, Duration.ofDays(1),
            MONDAY);
    private final Instant starts = workshop.startsAt();

    private static String refusedKey(Runnable action) {
        return catchThrowableOfType(Refusal.class, action::run).key();
    }

    private Signup verifiedInLine(String phone) {
        var signup = Workshops.inLine(workshop, Workshops.resident("Hodan", phone), MONDAY);
        signup.verify(MONDAY.plusSeconds(60));
        return signup;
    }

    @Test
    @DisplayName("a sign-up with a place is HELD until the code, then CONFIRMED; it keeps the resident's details")
    void holdThenConfirm() {
        var signup = Workshops.withPlace(workshop, Workshops.resident("Amina Hassan", "20 30 40 50"), MONDAY);

        assertThat(signup.status()).isEqualTo(SignupStatus.HELD);
        assertThat(signup.awaitingCode()).isTrue();
        assertThat(signup.reference()).matches("T-[2-9A-HJ-NP-Z]{8}");
        assertThat(signup.topic()).isEqualTo("signup:" + signup.reference());
        assertThat(signup.contact().phone()).isEqualTo("+4520304050");

        signup.verify(MONDAY.plus(Workshops.HOLD).minusSeconds(1));

        assertThat(signup.status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(signup.verified()).isTrue();
        assertThat(signup.holdUntil()).isNull();
        assertThat(refusedKey(() -> signup.verify(MONDAY))).isEqualTo("verification.done");
    }

    @Test
    @DisplayName("a hold is verified only before it runs out; after, it can only expire")
    void holdRunsOut() {
        var signup = Workshops.withPlace(workshop, Workshops.resident("Amina", "20 30 40 50"), MONDAY);
        Instant end = MONDAY.plus(Workshops.HOLD);

        assertThatIllegalStateException().isThrownBy(() -> signup.expire(end.minusSeconds(1)));
        assertThat(refusedKey(() -> signup.verify(end))).isEqualTo("signup.hold-expired");

        signup.expire(end);

        assertThat(signup.status()).isEqualTo(SignupStatus.EXPIRED);
        assertThat(signup.status().live()).isFalse();
        assertThat(refusedKey(() -> signup.verify(end))).isEqualTo("signup.hold-expired");
    }

    @Test
    @DisplayName("no sign-up after the deadline (the aggregate refuses, whatever the caller checked)")
    void noSignupAfterTheDeadline() {
        Instant deadline = starts.minus(Duration.ofDays(1));

        assertThat(refusedKey(() -> Workshops.withPlace(workshop, Workshops.resident("Sara", "20 30 40 51"), deadline)))
                .isEqualTo("event.signup-closed");
        assertThat(refusedKey(() -> Workshops.inLine(workshop, Workshops.resident("Sara", "20 30 40 51"), deadline)))
                .isEqualTo("event.signup-closed");
    }

    @Test
    @DisplayName("in line, a verified sign-up stays WAITLISTED and can be offered a place, then accept it")
    void offerAndAccept() {
        var signup = verifiedInLine("20 30 40 52");
        assertThat(signup.status()).isEqualTo(SignupStatus.WAITLISTED);
        assertThat(signup.awaitingCode()).isFalse();

        Instant offered = MONDAY.plusSeconds(600);
        signup.offer(ManageToken.create(), offered, offered.plus(TWELVE_HOURS));

        assertThat(signup.status()).isEqualTo(SignupStatus.OFFERED);
        assertThat(signup.status().holdsPlace()).isTrue();
        assertThat(signup.offerUntil()).isEqualTo(offered.plus(TWELVE_HOURS));

        signup.accept(offered.plus(TWELVE_HOURS).minusSeconds(1));

        assertThat(signup.status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(signup.offerUntil()).isNull();
        assertThat(refusedKey(() -> signup.accept(offered))).isEqualTo("signup.no-offer");
    }

    @Test
    @DisplayName("an offer runs out at its time: no accepting then, and it lapses (and only then)")
    void offerExpires() {
        var signup = verifiedInLine("20 30 40 53");
        Instant until = MONDAY.plus(TWELVE_HOURS);
        signup.offer(ManageToken.create(), MONDAY, until);

        assertThatIllegalStateException().isThrownBy(() -> signup.lapse(until.minusSeconds(1)));
        assertThat(refusedKey(() -> signup.accept(until))).isEqualTo("signup.offer-expired");

        signup.lapse(until);

        assertThat(signup.status()).isEqualTo(SignupStatus.LAPSED);
        assertThat(signup.status().live()).isFalse();
        assertThat(refusedKey(() -> signup.accept(until))).isEqualTo("signup.no-offer");
    }

    @Test
    @DisplayName("an offer can be declined; only an unverified or unoffered sign-up cannot be offered")
    void declineAndWhoCanBeOffered() {
        var signup = verifiedInLine("20 30 40 54");
        signup.offer(ManageToken.create(), MONDAY, MONDAY.plus(TWELVE_HOURS));

        signup.decline(MONDAY.plusSeconds(1));

        assertThat(signup.status()).isEqualTo(SignupStatus.DECLINED);
        assertThat(refusedKey(() -> signup.decline(MONDAY))).isEqualTo("signup.no-offer");
        var unverified = Workshops.inLine(workshop, Workshops.resident("Ayan", "20 30 40 55"), MONDAY);
        assertThatIllegalStateException().isThrownBy(
                () -> unverified.offer(ManageToken.create(), MONDAY, MONDAY.plus(TWELVE_HOURS)));
    }

    @Test
    @DisplayName("a resident can leave up to the start, once; a cancelled event ends every live sign-up")
    void cancelRules() {
        var confirmed = Workshops.withPlace(workshop, Workshops.resident("Amina", "20 30 40 50"), MONDAY);
        confirmed.verify(MONDAY);
        var late = verifiedInLine("20 30 40 56");

        assertThat(refusedKey(() -> confirmed.cancel(starts))).isEqualTo("event.started");
        confirmed.cancel(starts.minusSeconds(1));
        assertThat(confirmed.status()).isEqualTo(SignupStatus.CANCELLED);
        assertThat(refusedKey(() -> confirmed.cancel(MONDAY))).isEqualTo("signup.ended");

        var unverified = Workshops.withPlace(workshop, Workshops.resident("Ayan", "20 30 40 57"), MONDAY);
        late.eventCancelled(MONDAY);
        confirmed.eventCancelled(MONDAY);
        unverified.eventCancelled(MONDAY);
        assertThat(late.status()).isEqualTo(SignupStatus.CANCELLED);
        assertThat(confirmed.status()).isEqualTo(SignupStatus.CANCELLED);
        assertThat(refusedKey(() -> unverified.verify(MONDAY))).as("a code for a cancelled sign-up")
                .isEqualTo("signup.ended");
    }

    @Test
    @DisplayName("one sign-up per person compares names without case or extra spaces; two children are two people")
    void nameKey() {
        assertThat(Signup.nameKey("  Amal   Hassan ")).isEqualTo(Signup.nameKey("amal hassan"));
        assertThat(Signup.nameKey("Amal Hassan")).isNotEqualTo(Signup.nameKey("Yusuf Hassan"));
    }
}
