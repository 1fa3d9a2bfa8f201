package dk.helhed.signin.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.people.entity.Account;
import dk.helhed.verification.boundary.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Failed sign-ins are counted per account and address together, and per address: after too many in 15 minutes from
 * one address, that address is refused (even with the right password) until the window has passed, so a password
 * cannot be guessed at speed. Not per account alone: then anyone could lock a coordinator out by guessing wrong ten
 * times; from any other address the owner still signs in. Successful sign-ins (and API calls with the right
 * credentials) do not count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInLimits {
    private static final Duration WINDOW = Duration.ofMinutes(15);

    /** The actor of an event no one signed in caused. */
    static final String NOBODY = "-";

    @Inject
    RateLimits limits;

    @Inject
    AccessLog log;

    @Inject
    @ConfigProperty(name = "helhed.signin.failures-per-15-minutes", defaultValue = "10")
    int failures;

    public boolean blocked(String email, String address) {
        boolean blocked = limits.reached(account(email, address), failures, WINDOW)
                || limits.reached(ip(address), failures * 5, WINDOW);
        if (blocked) {
            log.record(NOBODY, "SIGNIN_THROTTLED", subject(email));
        }
        return blocked;
    }

    public void failed(String email, String address) {
        limits.record(account(email, address));
        limits.record(ip(address));
        log.record(NOBODY, "SIGNIN_FAILED", subject(email));
    }

    /**
     * Wrong second-factor codes for the account from anywhere: reaching the code step already took the password, so
     * this limit cannot be turned against the owner by someone without it, and it stops guesses spread over many
     * addresses.
     */
    public boolean codesBlocked(String email) {
        boolean blocked = limits.reached(codes(email), failures, WINDOW);
        if (blocked) {
            log.record(NOBODY, "SIGNIN_THROTTLED", subject(email) + " (second factor)");
        }
        return blocked;
    }

    public void codeFailed(String email, String address) {
        limits.record(codes(email));
        failed(email, address);
    }

    private static String codes(String email) {
        return "signin-code:" + digest("codes|" + Account.normalise(email));
    }

    /** The account a security event is about, as the access log names it. */
    static String subject(String email) {
        String account = "account:" + Account.normalise(email == null ? "" : email);
        return account.length() > 120 ? account.substring(0, 120) : account;
    }

    /** The account and address as a digest: the bucket's column is short, and it need not hold the address. */
    private static String account(String email, String address) {
        return "signin:" + digest(Account.normalise(email) + "|" + address);
    }

    /** The first 20 bytes of a SHA-256, in hex: a bucket's name that need not hold the address or e-mail. */
    private static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ip(String address) {
        return "signin-ip:" + address;
    }
}
