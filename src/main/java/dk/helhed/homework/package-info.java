/**
 * Homework help (Lektiehjælp, "Studieplaneten"): a coordinator defines a series of sessions per place, weekdays,
 * time and term; volunteer tutors take its shifts and parents reserve a seat for a child.
 * <p>
 * Key decisions:
 * <ul>
 *     <li><b>The rule is an RRULE</b> ({@code FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=…}) expanded with ical4j into days; each
 *     day gets the series' local wall-clock time, so sessions stay at 15:00 across daylight-saving changes. A local
 *     time the clocks skip is refused, never shifted. Denmark's public holidays and the plan's closed days
 *     ({@code ClosedDays}) and the configured school holidays are skipped. The whole term (at most
 *     {@value dk.helhed.homework.entity.SessionPlan#TERM_WEEKS_MAX} weeks) is expanded when the series is made.</li>
 *     <li><b>A session is made of what exists</b>: its tutors' places are shifts ({@code Shift.homework}, one per
 *     subject need, created idempotently by natural key), and the children's seats are an event with
 *     {@code capacity = seats}, so parents reserve through the events' sign-up (SMS code, waitlist, manage link)
 *     and no booking code is repeated here.</li>
 *     <li><b>Cancelling or moving one session</b> cancels or moves its shifts and its event in one transaction; the
 *     families are told by the events' own messages, the tutors by e-mail and SMS (in Danish: volunteers have no
 *     language preference yet). A tutor whose other shift overlaps the new time is released and told so. Reminders
 *     filed for their assignments (topic {@code shift-assignment:<id>}) are withdrawn.</li>
 * </ul>
 * <p>
 * Others call nothing here; it makes its seats through the events' boundary and its tutors' shifts through
 * {@link dk.helhed.shifts.boundary.Shifts}.
 */
package dk.helhed.homework;
