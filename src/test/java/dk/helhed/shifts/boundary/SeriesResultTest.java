package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a series take reports a shift it could not take: the refusal becomes a reason with a text in every language. */
class SeriesResultTest {

    @Test
    @DisplayName("each refusal of a shift becomes its reason: full, overlap, begun, already yours, cancelled")
    void refusalsBecomeReasons() {
        assertThat(Assignments.Skip.of(Refusal.conflict("shift.full"))).isEqualTo(Assignments.Skip.FULL);
        assertThat(Assignments.Skip.of(Refusal.conflict("shift.overlap"))).isEqualTo(Assignments.Skip.OVERLAP);
        assertThat(Assignments.Skip.of(Refusal.conflict("shift.begun"))).isEqualTo(Assignments.Skip.BEGUN);
        assertThat(Assignments.Skip.of(Refusal.conflict("shift.already-yours")))
                .isEqualTo(Assignments.Skip.ALREADY_YOURS);
        assertThat(Assignments.Skip.of(Refusal.conflict("shift.cancelled"))).isEqualTo(Assignments.Skip.CANCELLED);
        assertThat(Assignments.Skip.of(Refusal.forbidden("shift.other-organisation")))
                .isEqualTo(Assignments.Skip.NOT_ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(Assignments.Skip.class)
    @DisplayName("every reason is explained in Danish, English and Arabic")
    void everyReasonHasTexts(Assignments.Skip skip) {
        for (Language language : Language.values()) {
            assertThat(Texts.text(language, skip.key())).isNotBlank();
        }
        assertThat(Texts.text(Language.DA, Assignments.Skip.FULL.key())).isEqualTo("Vagten er allerede fuldt bemandet.");
    }
}
