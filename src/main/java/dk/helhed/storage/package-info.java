/**
 * The database: data sources chosen by configuration (H2 file by default, MySQL through Connector/J in production),
 * the Flyway migration that runs before anything else, and how instants are stored (UTC, whole seconds).
 */
package dk.helhed.storage;
