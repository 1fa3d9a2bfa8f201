/**
 * The pavilion (Fælles Fremtid in Ellemarken): its weekly opening blocks and the partner organisations whose staff
 * should be there, partner staff taking, giving up and swapping their organisation's blocks, and the residents'
 * public "who is at the pavilion today".
 * <p>
 * Key decisions:
 * <ul>
 *     <li><b>Blocks become shifts.</b> A block is a weekday and local wall-clock times; a generator (at creation and
 *     hourly) makes one {@code shifts} shift per occurrence and organisation for the next weeks, by natural key, so it
 *     may run again; closed days are left out. Taking, the overlap rule and capacity are the shifts' own.</li>
 *     <li><b>Only your own organisation.</b> Staff take, give up and swap only their organisation's blocks (403
 *     otherwise); they see colleagues' names but never their phone numbers.</li>
 *     <li><b>A swap is one transaction</b>: both people locked in id order, then both shifts; the places change hands
 *     without the shifts' counts changing, and a proposal whose blocks have changed hands since is STALE.</li>
 *     <li><b>The public page names organisations, never people</b>, and counts one as present when at least one of
 *     its staff has taken the block.</li>
 * </ul>
 * <p>
 * Others call nothing here; its blocks' shifts, taking, giving up and swaps go through
 * {@link dk.helhed.shifts.boundary.Shifts} and {@code Assignments}.
 */
package dk.helhed.pavilion;
