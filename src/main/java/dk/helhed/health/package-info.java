/**
 * Readiness for load balancers: UP once migrations are applied and Quartz runs; it also says which message channels
 * are configured, go to the development inbox, or are not sent.
 */
package dk.helhed.health;
