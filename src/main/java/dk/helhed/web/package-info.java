/**
 * The HTTP edge shared by every capability: the REST application at {@code /api/v1}, the language of a request (of
 * an API call: {@link dk.helhed.web.RequestLanguage}; of a resident's page, with its picker and remembered choice:
 * {@link dk.helhed.web.PageLanguage}), and RFC 9457 problem details for every error.
 */
package dk.helhed.web;
