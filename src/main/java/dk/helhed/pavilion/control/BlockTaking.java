package dk.helhed.pavilion.control;

import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.control.Outbox;
import dk.helhed.people.entity.Person;
import dk.helhed.shifts.control.ShiftTaking;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.shifts.entity.ShiftKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Partner staff taking and giving up pavilion blocks, inside the caller's transaction. The one place that does it,
 * so that it can be handed over to the shared shift-booking boundary (confirmations and reminders) when there is one;
 * messages about an assignment are filed under {@link #topic}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BlockTaking {
    @Inject
    ShiftTaking taking;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "helhed.pavilion.give-up-cutoff-hours", defaultValue = "24")
    int cutoffHours;

    public static String topic(ShiftAssignment assignment) {
        return "shift-assignment:" + assignment.id();
    }

    public ShiftAssignment take(long shiftId, Person person, Instant now) {
        requirePavilion(shiftId);
        return taking.take(shiftId, person.id(), now);
    }

    /** Gives up the person's place on the shift, at least the cut-off before it starts. */
    public ShiftAssignment giveUp(long shiftId, Person person, Instant now) {
        var me = taking.lockPerson(person.id());
        var shift = taking.lockShift(shiftId);
        if (shift.kind() != ShiftKind.PAVILION) {
            throw Refusal.notFound("shift.unknown");
        }
        if (shift.organisation() != null && (me.organisation() == null
                || !shift.organisation().code().equals(me.organisation().code()))) {
            throw Refusal.forbidden("shift.other-organisation");
        }
        var mine = taking.assignments(shift).stream().filter(a -> a.belongsTo(me)).findFirst()
                .orElseThrow(() -> Refusal.conflict("shift.not-yours"));
        mine.giveUp(now, Duration.ofHours(cutoffHours));
        taking.giveBack(mine);
        outbox.cancel(topic(mine), "given up");
        return mine;
    }

    public Duration cutoff() {
        return Duration.ofHours(cutoffHours);
    }

    private void requirePavilion(long shiftId) {
        if (taking.shift(shiftId).kind() != ShiftKind.PAVILION) {
            throw Refusal.notFound("shift.unknown");
        }
    }
}
