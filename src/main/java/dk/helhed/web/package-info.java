/**
 * The HTTP edge shared by every capability: the REST application at {@code /api/v1}, the language of a request, and
 * RFC 9457 problem details for every error.
 */
package dk.helhed.web;
