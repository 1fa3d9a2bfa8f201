package dk.helhed.plan.boundary;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClosedDaysTest {
    private static final ClosedDays DEFAULT = new ClosedDays(ClosedDays.DEFAULT_EXTRA_DAYS);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "2027-01-01", // nytårsdag
            "2027-03-25", // skærtorsdag
            "2027-03-26", // langfredag
            "2027-03-28", // påskedag
            "2027-03-29", // 2. påskedag
            "2027-05-06", // Kristi himmelfartsdag
            "2027-05-16", // pinsedag
            "2027-05-17", // 2. pinsedag
            "2027-12-25", // juledag
            "2027-12-26", // 2. juledag
    })
    @DisplayName("Denmark's public holidays of 2027 are closed (from the holiday library)")
    void publicHolidaysAreClosed(String day) {
        assertThat(DEFAULT.isClosed(LocalDate.parse(day))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-06-05", "2027-12-24", "2027-12-31", "2028-06-05", "2028-12-24"})
    @DisplayName("Grundlovsdag, Christmas Eve and New Year's Eve are closed by default, every year")
    void extraDaysAreClosedByDefault(String day) {
        assertThat(DEFAULT.isClosed(LocalDate.parse(day))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-03-18", "2027-03-30", "2027-05-13", "2027-06-04", "2027-12-23", "2027-12-27"})
    @DisplayName("ordinary days, also those next to holidays, are open")
    void ordinaryDaysAreOpen(String day) {
        assertThat(DEFAULT.isClosed(LocalDate.parse(day))).isFalse();
    }

    @Test
    @DisplayName("Store Bededag was a holiday until 2023 and is an ordinary day from 2024")
    void storeBededagEndedIn2024() {
        assertThat(DEFAULT.isClosed(LocalDate.of(2023, 5, 5))).isTrue();
        assertThat(DEFAULT.isClosed(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(DEFAULT.isClosed(LocalDate.of(2027, 4, 23))).isFalse();
    }

    @Test
    @DisplayName("the extra days are configurable; without them only the public holidays are closed")
    void extraDaysAreConfigurable() {
        var none = new ClosedDays("");
        var midsummer = new ClosedDays(" 06-23 ,12-24");

        assertThat(none.isClosed(LocalDate.of(2027, 12, 24))).isFalse();
        assertThat(none.isClosed(LocalDate.of(2027, 6, 5))).isFalse();
        assertThat(none.isClosed(LocalDate.of(2027, 12, 25))).isTrue();
        assertThat(midsummer.isClosed(LocalDate.of(2027, 6, 23))).isTrue();
        assertThat(midsummer.isClosed(LocalDate.of(2027, 12, 24))).isTrue();
        assertThat(midsummer.isClosed(LocalDate.of(2027, 12, 31))).isFalse();
    }

    @Test
    @DisplayName("the setting is month-days as MM-dd; anything else is refused, naming the entry")
    void parsesMonthDays() {
        assertThat(ClosedDays.parse(ClosedDays.DEFAULT_EXTRA_DAYS))
                .containsExactlyInAnyOrder(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31));
        assertThat(ClosedDays.parse(" ")).isEmpty();
        for (String bad : new String[]{"24-12", "12/24", "2027-12-24", "12-32", "Dec 24"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> ClosedDays.parse("06-05," + bad))
                    .withMessageContaining(bad);
        }
    }
}
