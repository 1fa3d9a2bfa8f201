/**
 * Workshops and events with a number of places (Køges Kvindenetværk's workshops, family cafés, courses): a
 * coordinator creates an event or a weekly series; residents sign up, verify their phone with an SMS code, and get
 * a place or a turn on the waitlist; a place given up is offered to the next in line for a while.
 * <p>
 * Key decisions:
 * <ul>
 *     <li><b>The place is taken when the resident signs up</b>, before the phone is verified, by one conditional
 *     update of the event row ({@code booked = booked + 1 WHERE booked < capacity}), as an appointment takes its
 *     slot. So the count is exact however many sign up at once, and the answer says at once "place" or "waitlist".
 *     A hold not verified in time gives its place back (to the next in line) when it runs out.</li>
 *     <li><b>The waitlist is in arrival order, which is id order</b>: ids are handed out while the event row is
 *     locked, and times are kept to the second only. Only verified sign-ups are offered places.</li>
 *     <li><b>An offered place stays reserved</b> (counted in {@code booked}) until it is accepted, declined or runs
 *     out ({@code helhed.events.offer-hours}, never past the start); then it goes to the next in line.</li>
 *     <li>Everything that gives a place up locks the event row first, so two cancellations never offer one place
 *     twice.</li>
 * </ul>
 * <p>
 * Homework help makes its sessions' seats through {@link dk.helhed.events.boundary.EventAdministration}
 * ({@code seats}, {@code cancel}, {@code move}): an event made that way is not listed among the others.
 */
package dk.helhed.events;
