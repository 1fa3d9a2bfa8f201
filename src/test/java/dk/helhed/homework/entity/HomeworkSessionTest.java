package dk.helhed.homework.entity;

import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.EventPlan;
import dk.helhed.events.entity.Localized;
import dk.helhed.i18n.Refusal;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HomeworkSessionTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant START = Instant.parse("2027-03-09T14:00:00Z");

    private static HomeworkSession session() {
        var place = new Place(new SocialPlan("koege", "Køge"), "ellemarken", "Ellemarken", null);
        var event = new Event(place, new Localized("Lektiehjælp", "Homework help", null),
                new Localized("d", "d", null), new EventPlan.Occurrence(START, START.plusSeconds(7200), START), 8,
                "homework:1", NOW);
        return new HomeworkSession(null, new SessionPlan.Occurrence(LocalDate.parse("2027-03-09"), START,
                START.plusSeconds(7200)), event, NOW);
    }

    @Test
    @DisplayName("a moved session keeps the start its shifts are keyed by, and its day in the rule")
    void moveKeepsPlannedStart() {
        var session = session();
        session.moveTo(SessionMove.of(new SessionMove.Draft("2027-03-11", "16:00", "18:00"), KOEGE, NOW), NOW);

        assertThat(session.startsAt()).isEqualTo(Instant.parse("2027-03-11T15:00:00Z"));
        assertThat(session.plannedStart()).isEqualTo(START);
        assertThat(session.occursOn()).isEqualTo(LocalDate.parse("2027-03-09"));
        assertThat(session.moved()).isTrue();
    }

    @Test
    @DisplayName("neither cancelled nor moved once cancelled or begun")
    void guards() {
        var session = session();
        assertThatThrownBy(() -> session.cancel(START)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.key()).isEqualTo("homework.session.begun"));
        session.cancel(NOW);
        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThatThrownBy(() -> session.cancel(NOW)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.key()).isEqualTo("homework.session.cancelled"));
        assertThatThrownBy(() -> session.moveTo(new SessionMove(LocalDate.parse("2027-03-10"), START, START), NOW))
                .isInstanceOf(Refusal.class);
    }

    @Test
    @DisplayName("an event moves like it cancels: not once begun; its deadline keeps its distance")
    void eventMove() {
        var event = session().event();
        event.moveTo(START.plusSeconds(86_400), START.plusSeconds(86_400 + 7200), NOW);
        assertThat(event.startsAt()).isEqualTo(START.plusSeconds(86_400));
        assertThat(event.signupDeadline()).isEqualTo(START.plusSeconds(86_400));
        assertThatThrownBy(() -> event.moveTo(START, START.plusSeconds(60), START.plusSeconds(86_400)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("event.started"));
    }
}
