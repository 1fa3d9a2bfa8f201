/**
 * Quartz stops here: its lifecycle, a clustered JDBC job store in the application database, jobs created by CDI and
 * run on the container's managed executor. Capabilities ask for a recurring job by producing a
 * {@link dk.helhed.scheduling.boundary.Schedule}; job classes are one-line triggers into a boundary.
 */
package dk.helhed.scheduling;
