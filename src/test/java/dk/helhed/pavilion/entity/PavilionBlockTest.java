package dk.helhed.pavilion.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Organisation;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PavilionBlockTest {
    private static final SocialPlan PLAN = new SocialPlan("koege", "Køge");
    private static final Place PAVILION = new Place(PLAN, "ellemarken-pavillonen", "Pavillonen", null);

    @Test
    void refusesAnEndBeforeTheStartAndAnOrganisationTwice() {
        assertThatThrownBy(() -> new PavilionBlock(PAVILION, DayOfWeek.TUESDAY, LocalTime.of(16, 0),
                LocalTime.of(14, 0), LocalDate.of(2027, 1, 1), null, Instant.EPOCH))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields()).extracting(Refusal.FieldProblem::key)
                        .containsExactly("field.pavilion.end.before-start"));
        var block = new PavilionBlock(PAVILION, DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0),
                LocalDate.of(2027, 1, 1), null, Instant.EPOCH);
        block.need(new Organisation(PLAN, "jobcenter", "Jobcenter Køge"), 1);
        assertThatThrownBy(() -> block.need(new Organisation(PLAN, "jobcenter", "Jobcenter Køge"), 2))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> block.need(new Organisation(PLAN, "ssp", "SSP"), 0)).isInstanceOf(Refusal.class);
        assertThat(block.needs()).hasSize(1);
    }
}
