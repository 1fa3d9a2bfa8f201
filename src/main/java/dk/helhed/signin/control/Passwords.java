package dk.helhed.signin.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Password hashes: PBKDF2 with HMAC-SHA-256, 600,000 iterations (OWASP's figure for it since 2023), a 16-byte salt.
 * A hash keeps its own parameters, so one made with fewer iterations still verifies, and is {@link #outdated}: the
 * next sign-in hashes the password anew. A decoy hash with the same parameters lets a sign-in for an unknown account
 * take as long as one for a known account.
 */
@ApplicationScoped
public class Passwords {
    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash hash;

    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = hash(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether {@code password} is the one {@code stored} was made from. */
    public boolean matches(String password, String stored) {
        return password != null && stored != null && hash.verify(password.toCharArray(), stored);
    }

    /** A hash no password is known to match, made as a real one is: to verify against when there is no account. */
    public String decoy() {
        return decoy;
    }

    /**
     * After a wrong password checked against an outdated hash (fewer iterations): spends the iterations it lacked, so
     * an account nobody has signed in to since the upgrade answers a wrong guess as slowly as any other.
     */
    public void makeUpFor(String stored) {
        String[] parts = stored.split(":");
        int done;
        try {
            done = parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException unreadable) {
            done = 0;
        }
        if (done < ITERATIONS) {
            try {
                SecretKeyFactory.getInstance(ALGORITHM).generateSecret(new PBEKeySpec("padding".toCharArray(),
                        new byte[16], ITERATIONS - done, 256)).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Made with other parameters than today's (fewer iterations): to be hashed anew at the next sign-in. */
    public static boolean outdated(String stored) {
        String[] parts = stored.split(":");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || !String.valueOf(ITERATIONS).equals(parts[1]);
    }
}
