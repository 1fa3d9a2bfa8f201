/**
 * Staff sign-in with Jakarta Security: accounts in the application database (PBKDF2 hashes), one authentication
 * mechanism for the login page (session) and for API clients (HTTP Basic), attempts limited per account and address.
 * Roles (ADVISER, COORDINATOR, ADMIN) are the identity store's groups.
 */
package dk.helhed.signin;
