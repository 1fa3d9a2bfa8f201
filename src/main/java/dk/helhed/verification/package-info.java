/**
 * Phone verification for what residents book online: a 6-digit SMS code (SecureRandom, stored salted and hashed,
 * 10 minutes, 5 tries, resend after a cooldown) and rate limits per number and per IP kept in the database so they
 * hold across nodes.
 * <p>
 * Others call {@link dk.helhed.verification.boundary.Verifications} and {@code RateLimits}, and hold its
 * values: a {@code ManageToken} (the secret in a manage link) and a {@code References} reference.
 */
package dk.helhed.verification;
