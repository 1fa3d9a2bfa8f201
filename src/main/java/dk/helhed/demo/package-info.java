/**
 * Demo data of the Køge plan for a first start: places, partners, advisers and their hours, volunteers, events,
 * homework help and the pavilion, made once through the capabilities' boundaries, as a secretariat would set it up.
 */
package dk.helhed.demo;
