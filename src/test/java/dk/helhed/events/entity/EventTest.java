package dk.helhed.events.entity;

import dk.helhed.i18n.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class EventTest {
    private static final Instant MONDAY = Instant.parse("2027-04-05T08:00:00Z");
    /** Thursday 2027-04-08 18:00 CEST; sign-up closes Wednesday 18:00. */
    private final Event workshop = Workshops.workshopAt(LocalDateTime.of(2027, 4, 8, 18, 0), 10, Duration.ofDays(1),
            MONDAY);
    private final Instant starts = Instant.parse("2027-04-08T16:00:00Z");
    private final Instant deadline = starts.minus(Duration.ofDays(1));

    private static String refusedKey(Runnable action) {
        return catchThrowableOfType(Refusal.class, action::run).key();
    }

    @Test
    @DisplayName("a new event is open, with all its places left")
    void startsOpenAndEmpty() {
        assertThat(workshop.status()).isEqualTo(EventStatus.OPEN);
        assertThat(workshop.placesLeft()).isEqualTo(10);
        assertThat(workshop.signupOpen(MONDAY)).isTrue();
    }

    @Test
    @DisplayName("an event has at least one place")
    void atLeastOnePlace() {
        assertThatIllegalArgumentException().isThrownBy(() -> Workshops.workshopAt(
                LocalDateTime.of(2027, 4, 8, 18, 0), 0, Duration.ZERO, MONDAY));
    }

    @Test
    @DisplayName("sign-ups are taken until one second before the deadline, and refused from the deadline on")
    void deadline() {
        assertThatNoException().isThrownBy(() -> workshop.requireOpenForSignup(deadline.minusSeconds(1)));
        assertThat(refusedKey(() -> workshop.requireOpenForSignup(deadline))).isEqualTo("event.signup-closed");
        assertThat(refusedKey(() -> workshop.requireOpenForSignup(deadline.plusSeconds(3600))))
                .isEqualTo("event.signup-closed");
        assertThat(workshop.signupOpen(deadline)).isFalse();
    }

    @Test
    @DisplayName("a started event refuses sign-ups as started, a cancelled one as cancelled")
    void startedAndCancelled() {
        assertThat(refusedKey(() -> workshop.requireOpenForSignup(starts))).isEqualTo("event.started");

        workshop.cancel(MONDAY);

        assertThat(workshop.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(refusedKey(() -> workshop.requireOpenForSignup(MONDAY))).isEqualTo("event.cancelled");
        assertThat(workshop.passesPlacesOn(MONDAY)).isFalse();
    }

    @Test
    @DisplayName("cancelling twice or after the start is refused")
    void cancelRules() {
        assertThat(refusedKey(() -> workshop.cancel(starts))).isEqualTo("event.started");
        workshop.cancel(MONDAY);
        assertThat(refusedKey(() -> workshop.cancel(MONDAY))).isEqualTo("event.cancelled");
    }

    @Test
    @DisplayName("places given up pass on while the event is open and has not begun")
    void passesPlacesOnUntilTheStart() {
        assertThat(workshop.passesPlacesOn(starts.minusSeconds(1))).isTrue();
        assertThat(workshop.passesPlacesOn(starts)).isFalse();
    }

    @Test
    @DisplayName("coordinators' messages are refused once the event is over or cancelled")
    void notOver() {
        assertThatNoException().isThrownBy(() -> workshop.requireNotOver(starts.plusSeconds(60)));
        assertThat(refusedKey(() -> workshop.requireNotOver(starts.plus(Duration.ofHours(2))))).isEqualTo("event.over");
    }

    @Test
    @DisplayName("titles in the language asked for; Arabic falls back to Danish only where it is empty")
    void titles() {
        assertThat(workshop.title().in("da")).isEqualTo("Kvindecafé");
        assertThat(workshop.title().in("en")).isEqualTo("Women's café");
        assertThat(workshop.title().in("ar")).isEqualTo("مقهى النساء");
        assertThat(workshop.description().in("ar")).isEqualTo("Vi mødes og spiser sammen.");
        assertThat(workshop.title().in("so")).isEqualTo("Kvindecafé");
    }
}
