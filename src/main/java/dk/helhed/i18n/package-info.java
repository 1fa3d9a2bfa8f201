/**
 * Languages and texts. Everything a person reads comes from resource bundles; rules refuse with text keys
 * ({@link dk.helhed.i18n.Refusal}) that the boundaries translate into the person's language.
 */
package dk.helhed.i18n;
