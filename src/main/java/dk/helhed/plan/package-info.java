/**
 * The plan and its places (estates, offices, the pavilion, venues) and the days its offices are closed beside
 * Denmark's public holidays. Every offering calls {@link dk.helhed.plan.boundary.Plan} to find a place and
 * {@link dk.helhed.plan.boundary.ClosedDays}, and holds a reference to a {@code Place}.
 */
package dk.helhed.plan;
