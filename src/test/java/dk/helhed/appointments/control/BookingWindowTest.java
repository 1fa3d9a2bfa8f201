package dk.helhed.appointments.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BookingWindowTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    /** Tuesday 2027-03-16 10:00 CET. */
    private static final Instant NOW = Instant.parse("2027-03-16T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 16);
    private static final BookingWindow DEFAULT = new BookingWindow(42, 120);

    @Test
    @DisplayName("slots are made for six weeks: today plus 42 days is the last day")
    void horizonIsSixWeeks() {
        assertThat(DEFAULT.lastDay(TODAY)).isEqualTo(LocalDate.of(2027, 4, 27));
        assertThat(new BookingWindow(7, 120).lastDay(TODAY)).isEqualTo(LocalDate.of(2027, 3, 23));
    }

    @Test
    @DisplayName("with two hours' notice, 12:00 can be booked at 10:00 but 11:59:59 cannot")
    void minimumNotice() {
        assertThat(DEFAULT.earliestStart(NOW)).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(DEFAULT.tooSoon(NOW.plus(Duration.ofHours(2)), NOW)).isFalse();
        assertThat(DEFAULT.tooSoon(NOW.plus(Duration.ofHours(2)).minusSeconds(1), NOW)).isTrue();
        assertThat(DEFAULT.tooSoon(NOW.plus(Duration.ofMinutes(30)), NOW)).isTrue();
    }

    @Test
    @DisplayName("without notice, a slot must still start after now")
    void noNoticeStillNotNow() {
        var none = new BookingWindow(42, 0);

        assertThat(none.tooSoon(NOW, NOW)).isTrue();
        assertThat(none.tooSoon(NOW.plusSeconds(1), NOW)).isFalse();
    }

    @Test
    @DisplayName("too soon is explained in hours when the notice is two or more whole hours, else in minutes")
    void tooSoonText() {
        FieldProblem hours = DEFAULT.tooSoonProblem("slotId");
        FieldProblem one = new BookingWindow(42, 60).tooSoonProblem("slotId");
        FieldProblem minutes = new BookingWindow(42, 90).tooSoonProblem("slotId");

        assertThat(hours.field()).isEqualTo("slotId");
        assertThat(Texts.text(Language.DA, hours.key(), hours.args()))
                .isEqualTo("Tiden er for tæt på. Vælg en tid mindst 2 timer fra nu.");
        assertThat(Texts.text(Language.EN, hours.key(), hours.args())).contains("at least 2 hours from now");
        assertThat(Texts.text(Language.DA, one.key(), one.args())).contains("mindst 60 minutter fra nu");
        assertThat(Texts.text(Language.EN, one.key(), one.args())).contains("at least 60 minutes from now");
        assertThat(Texts.text(Language.DA, minutes.key(), minutes.args())).contains("mindst 90 minutter fra nu");
        assertThat(Texts.text(Language.EN, minutes.key(), minutes.args())).contains("at least 90 minutes from now");
    }

    @Test
    @DisplayName("a listing from today starts after the notice and ends with the last day asked for")
    void listingFromToday() {
        assertThat(DEFAULT.listable(TODAY, TODAY.plusDays(14), NOW, KOEGE)).contains(new TimeWindow(
                Instant.parse("2027-03-16T11:00:00Z"), Instant.parse("2027-03-30T22:00:00Z")));
    }

    @Test
    @DisplayName("a listing of later days starts at midnight of the first")
    void listingOfLaterDays() {
        assertThat(DEFAULT.listable(TODAY.plusDays(2), TODAY.plusDays(3), NOW, KOEGE)).contains(new TimeWindow(
                Instant.parse("2027-03-17T23:00:00Z"), Instant.parse("2027-03-19T23:00:00Z")));
    }

    @Test
    @DisplayName("a listing never reaches beyond the horizon's last day")
    void listingStopsAtTheHorizon() {
        var range = DEFAULT.listable(TODAY.plusDays(30), TODAY.plusDays(60), NOW, KOEGE);

        // 2027-04-27 is the last day; it ends at midnight CEST
        assertThat(range).map(TimeWindow::end).contains(Instant.parse("2027-04-27T22:00:00Z"));
        assertThat(DEFAULT.listable(TODAY.plusDays(43), TODAY.plusDays(50), NOW, KOEGE)).isEmpty();
    }

    @Test
    @DisplayName("a listing of past days, or of today after its last bookable moment, is empty")
    void nothingToList() {
        assertThat(DEFAULT.listable(TODAY.minusDays(3), TODAY.minusDays(1), NOW, KOEGE)).isEmpty();
        Instant lateEvening = Instant.parse("2027-03-16T21:30:00Z");
        assertThat(DEFAULT.listable(TODAY, TODAY, lateEvening, KOEGE)).isEmpty();
    }

    @Test
    @DisplayName("a horizon under a day or a negative notice is a configuration error")
    void refusesNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BookingWindow(0, 120));
        assertThatIllegalArgumentException().isThrownBy(() -> new BookingWindow(42, -1));
    }
}
