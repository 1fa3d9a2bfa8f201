/**
 * People who work for a plan (staff, partner staff, volunteers) and their organisations, and the value types every
 * capability uses for contact details ({@link dk.helhed.people.entity.PhoneNumber}, normalised with libphonenumber).
 * <p>
 * Everyone signed in with a person keeps their own profile ({@link dk.helhed.people.entity.ProfileDetails}: name,
 * phone, SMS consent, languages spoken, subjects); it is found only by the caller's own sign-in name, so nobody can
 * ask for someone else's. The e-mail is the sign-in name and read-only there. Coordinators alone list volunteers'
 * contact details.
 * <p>
 * Others call {@link dk.helhed.people.boundary.People} (who is signed in, enrolling and locking a person),
 * {@code PreferredLanguages} and {@code PhoneCountries}, and hold its values ({@code PhoneNumber}, {@code Resident},
 * {@code Contact}, {@code Role}, {@code Subject}) and references to a {@code Person} or an {@code Organisation}.
 */
package dk.helhed.people;
