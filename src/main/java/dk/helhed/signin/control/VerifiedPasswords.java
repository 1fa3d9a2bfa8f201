package dk.helhed.signin.control;

import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords verified in the last five minutes, so that a program calling the API with its credentials on every
 * request pays PBKDF2's cost once in five minutes, not on each call. Kept in memory only, as a keyed hash (HMAC with
 * a key made at start and never stored) of the password together with the account's stored hash: a new password
 * (a new stored hash) no longer matches, and nothing kept here can be turned back into a password. Only right
 * passwords are kept, so a wrong one always pays the full cost.
 */
@ApplicationScoped
public class VerifiedPasswords {
    static final Duration FOR = Duration.ofMinutes(5);
    private static final int MOST = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> recent = new ConcurrentHashMap<>();

    @Inject
    TimeSource time;

    private record Entry(byte[] mac, Instant until) {
    }

    public VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password was verified against this stored hash in the last five minutes. */
    public boolean recently(String email, String password, String stored) {
        Entry entry = recent.get(email);
        if (entry == null) {
            return false;
        }
        if (entry.until().isBefore(time.now())) {
            recent.remove(email, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(password, stored));
    }

    public void remember(String email, String password, String stored) {
        if (recent.size() >= MOST) {
            recent.clear();
        }
        recent.put(email, new Entry(mac(password, stored), time.now().plus(FOR)));
    }

    private byte[] mac(String password, String stored) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(stored.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
