package dk.helhed.pavilion.control;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Person;
import dk.helhed.shifts.boundary.Assignments;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.shifts.entity.ShiftKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Partner staff taking and giving up pavilion blocks, inside the caller's transaction: the pavilion's own checks
 * (a pavilion shift, of their organisation), then the shared booking boundary, which writes the confirmation and
 * the reminders and applies the cut-off ({@code helhed.shifts.cancel-cutoff-hours}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BlockTaking {
    @Inject
    Shifts shifts;
    @Inject
    Assignments assignments;

    public static String topic(ShiftAssignment assignment) {
        return Shifts.topic(assignment);
    }

    public ShiftAssignment take(long shiftId, Person person) {
        if (shifts.shift(shiftId).kind() != ShiftKind.PAVILION) {
            throw Refusal.notFound("shift.unknown");
        }
        return assignments.take(shiftId, person.id());
    }

    /** Gives up the person's place on the shift, at least the cut-off before it starts. */
    public ShiftAssignment giveUp(long shiftId, Person person) {
        var me = shifts.lockPerson(person.id());
        var shift = shifts.lock(shiftId);
        if (shift.kind() != ShiftKind.PAVILION) {
            throw Refusal.notFound("shift.unknown");
        }
        if (shift.organisation() != null && (me.organisation() == null
                || !shift.organisation().code().equals(me.organisation().code()))) {
            throw Refusal.forbidden("shift.other-organisation");
        }
        var mine = shifts.holders(shift).stream().filter(a -> a.belongsTo(me)).findFirst()
                .orElseThrow(() -> Refusal.conflict("shift.not-yours"));
        return assignments.giveUp(mine.id(), me.id());
    }
}
