/** Readiness for load balancers: UP once migrations are applied and Quartz runs. */
package dk.helhed.health;
