package dk.helhed.signin.boundary;

import dk.helhed.storage.DataSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff are found in the application's own database; their roles are their groups. The hash parameters match
 * {@link dk.helhed.signin.control.Passwords}, which writes the hashes.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSources.JTA,
        callerQuery = "SELECT password_hash FROM account WHERE email = ? AND active = TRUE",
        groupsQuery = "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=16",
                "Pbkdf2PasswordHash.KeySizeBytes=32"})
@ApplicationScoped
public class StaffIdentities {
}
