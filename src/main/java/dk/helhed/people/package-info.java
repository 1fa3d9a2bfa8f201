/**
 * People who work for a plan (staff, partner staff, volunteers) and their organisations, and the value types every
 * capability uses for contact details ({@link dk.helhed.people.entity.PhoneNumber}, normalised with libphonenumber).
 */
package dk.helhed.people;
