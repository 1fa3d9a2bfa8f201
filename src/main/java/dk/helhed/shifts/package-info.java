/**
 * Shifts: the times someone is needed at a place, and the people who take them. A homework-help session needs
 * volunteer tutors (optionally per subject); a pavilion block needs staff from given partner organisations. Both are
 * shifts, so one overlap rule, one capacity rule, one reminder, one calendar feed and one list of gaps serve both.
 * <p>
 * Key decisions:
 * <ul>
 *     <li><b>A place is taken by one conditional update</b> of the shift row ({@code taken < needed}), never
 *     check-then-insert, so fifty volunteers racing for the last place get exactly one.</li>
 *     <li><b>The person's row is locked first</b> whenever they take a place, so their own parallel requests are
 *     serialised and nobody is booked in two places at once. Locks go person first, then shift.</li>
 *     <li><b>Shifts are generated rows</b> (one per occurrence and need) with a natural key, so generators
 *     (homework-help series, pavilion blocks) may run again without making duplicates, and a moved occurrence
 *     keeps its key.</li>
 *     <li><b>A series is taken shift by shift</b>, each in its own transaction ({@code Assignments.takeSeries}), and
 *     the answer says what was taken and what was skipped and why: a refusal would otherwise mark the whole series'
 *     transaction rollback-only.</li>
 *     <li><b>Messages are filed under {@code shift-assignment:<id>}</b> (confirmation with the shift as .ics,
 *     reminders the evening before), so giving up or releasing a place cancels what has not gone yet. A shift's
 *     calendar UID is {@code shift-<id>@helhed} in every mail and in the person's private feed.</li>
 * </ul>
 * <p>
 * Others call {@link dk.helhed.shifts.boundary.Shifts} (the pavilion, homework help and the rota: make a
 * series' shifts, lock, hand over in a swap, cancel, move, read) and {@link dk.helhed.shifts.boundary.Assignments}
 * (take and give up one's own); the overlap rule is written once, in {@code ShiftTaking}.
 */
package dk.helhed.shifts;
