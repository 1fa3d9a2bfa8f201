package dk.helhed.signin.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Password hashes as the identity store reads them: PBKDF2 with SHA-256, 210,000 iterations, 16-byte salt. */
@ApplicationScoped
public class Passwords {
    public static final String[] PARAMETERS = {
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations=210000",
            "Pbkdf2PasswordHash.SaltSizeBytes=16",
            "Pbkdf2PasswordHash.KeySizeBytes=32"};

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether {@code password} is the one {@code stored} was made from. */
    public boolean matches(String password, String stored) {
        return password != null && stored != null && hash.verify(password.toCharArray(), stored);
    }
}
