/**
 * Sign-in and accounts with Jakarta Security: accounts in the application database (PBKDF2 hashes), one
 * authentication mechanism for the login page (session) and for API clients (HTTP Basic), attempts limited per
 * account and address. Roles (ADVISER, COORDINATOR, ADMIN, VOLUNTEER, PARTNER) are the identity store's groups.
 * <p>
 * Volunteers sign up themselves; the identity store only accepts active accounts, and a self sign-up becomes active
 * when its e-mail is verified. Coordinators invite partner staff, whose account is made (active) when they accept.
 * Links in account mails carry 128 random bits stored only as SHA-256, work once and expire; opening one changes
 * nothing, the page's button does. Answers about an e-mail never tell whether it has an account.
 * <p>
 * Others call nothing here. It calls {@code people} to enrol the person behind a new account.
 */
package dk.helhed.signin;
