/**
 * The first start of an empty database: a one-time setup link in the log (as Jenkins or Grafana print one), and the
 * page and endpoint it opens, where the secretariat names its plan and makes the first admin account.
 */
package dk.helhed.setup;
