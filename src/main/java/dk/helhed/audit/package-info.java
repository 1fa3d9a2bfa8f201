/**
 * Who looked at or changed residents' records, and when (the plan promises that access to them is logged).
 * Others call {@link dk.helhed.audit.boundary.AccessLog}.
 */
package dk.helhed.audit;
