/**
 * The coordinators' rota: the pavilion's week grid (days × blocks × organisations) with gaps marked, its print view
 * and CSV, one list of the gaps of every kind of shift (pavilion and homework help), the call for help on a gap, and
 * the morning digest of the next seven days' gaps.
 * <p>
 * Key decisions:
 * <ul>
 *     <li><b>Contact details are for coordinators only</b>: the rota API and pages live under /coordinator.</li>
 *     <li><b>A call for help asks each person once per shift</b> (a row per shift and person), so pressing the
 *     button again asks only people who have become eligible since.</li>
 *     <li><b>The digest is a row per local day</b>, made by a job polling every five minutes once the local time
 *     has passed 07:00; no cron trigger (Quartz cron skips or repeats around DST), and the day's key makes it
 *     once however many nodes run.</li>
 * </ul>
 * <p>
 * Others call nothing here; it reads and staffs shifts through {@link dk.helhed.shifts.boundary.Shifts}.
 */
package dk.helhed.rota;
