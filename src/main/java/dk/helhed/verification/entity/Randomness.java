package dk.helhed.verification.entity;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Secure random numbers for codes, tokens, salts and references, from a generator of the calling thread's own.
 * {@code new SecureRandom()} is the JDK's NativePRNG, whose instances all share one lock around their reads of
 * {@code /dev/urandom}: under 64 parallel sign-ups (eleven draws each) the request threads queued on it
 * (scripts/bench, JFR's monitor events). A DRBG per thread draws without waiting for anyone.
 */
public final class Randomness {
    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(Randomness::generator);

    private Randomness() {
    }

    public static SecureRandom secure() {
        return GENERATOR.get();
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
