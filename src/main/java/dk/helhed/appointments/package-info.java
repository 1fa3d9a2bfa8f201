/**
 * Economic advice (økonomirådgivning): advisers' weekly hours become 1:1 slots; residents book a slot, get a
 * confirmation and a reminder, and can cancel through a manage link. A slot is taken by one conditional update, so
 * parallel bookings on any number of nodes give it to exactly one resident.
 */
package dk.helhed.appointments;
