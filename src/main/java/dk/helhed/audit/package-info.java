/** Who looked at or changed residents' records, and when (the plan promises that access to them is logged). */
package dk.helhed.audit;
