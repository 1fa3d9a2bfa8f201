package dk.helhed.rota.control;

import dk.helhed.shifts.entity.ShiftKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RotaWeekTest {
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

    static RotaEntry entry(long id, LocalDate day, String from, String who, int needed, RotaEntry.Holder... people) {
        return new RotaEntry(id, ShiftKind.PAVILION, Instant.EPOCH, day, LocalTime.parse(from),
                LocalTime.parse(from).plusHours(2), "Pavillonen", who.toLowerCase(), who, needed, people.length,
                List.of(people));
    }

    @Test
    void groupsByDayThenBlockThenOrganisationAndMarksTheGaps() {
        var jonas = new RotaEntry.Holder("Jonas Berg", "+4522445501", "jonas@helhed.demo");
        var week = RotaWeek.of(MONDAY, List.of(
                entry(3, MONDAY.plusDays(1), "14:00", "SSP", 1),
                entry(1, MONDAY.plusDays(1), "14:00", "Jobcenter", 1, jonas),
                entry(2, MONDAY.plusDays(1), "10:00", "Familiecenter", 2, jonas),
                entry(4, MONDAY, "14:00", "Jobcenter", 1, jonas),
                entry(5, MONDAY.plusWeeks(1), "14:00", "Jobcenter", 1)));

        assertThat(week.days()).hasSize(7).extracting(RotaWeek.Day::date)
                .startsWith(MONDAY).endsWith(MONDAY.plusDays(6));
        var tuesday = week.days().get(1);
        assertThat(tuesday.blocks()).extracting(RotaWeek.Block::start)
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(14, 0));
        assertThat(tuesday.blocks().get(1).cells()).extracting(RotaEntry::who).containsExactly("Jobcenter", "SSP");
        assertThat(tuesday.blocks().get(1).hasGap()).isTrue();
        assertThat(week.days().get(0).blocks().get(0).hasGap()).isFalse();
        assertThat(week.days().get(2).blocks()).isEmpty();
        assertThat(week.entries()).extracting(RotaEntry::shiftId).containsExactly(4L, 2L, 1L, 3L)
                .as("next week's entry is not in this week").doesNotContain(5L);
        assertThat(week.gaps()).isEqualTo(2);
        assertThat(week.missing()).as("one from SSP, one of the family centre's two").isEqualTo(2);
    }

    @Test
    void isoWeeks() {
        assertThat(Weeks.monday("2027-W02", MONDAY)).isEqualTo(MONDAY);
        assertThat(Weeks.monday(null, LocalDate.of(2027, 1, 17))).isEqualTo(MONDAY);
        assertThat(Weeks.monday("2026-W53", MONDAY)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Weeks.name(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
        assertThat(Weeks.name(LocalDate.of(2026, 12, 28))).isEqualTo("2026-W53");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Weeks.monday("2027-02", MONDAY))
                .isInstanceOf(dk.helhed.i18n.Refusal.class);
    }
}
