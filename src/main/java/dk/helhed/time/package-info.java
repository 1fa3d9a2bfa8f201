/**
 * Time: every instant is stored in UTC; wall-clock times are in the configured zone (Europe/Copenhagen), converted
 * only at the edges by {@link dk.helhed.time.WallClock}'s rules for skipped and repeated hours.
 */
package dk.helhed.time;
