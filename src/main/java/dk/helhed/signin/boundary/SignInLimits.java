package dk.helhed.signin.boundary;

import dk.helhed.people.entity.Account;
import dk.helhed.verification.boundary.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Failed sign-ins are counted per account and per address: after too many in 15 minutes, even the right password is
 * refused until the window has passed, so a password cannot be guessed at speed. Successful sign-ins (and API calls
 * with the right credentials) do not count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInLimits {
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    RateLimits limits;

    @Inject
    @ConfigProperty(name = "helhed.signin.failures-per-15-minutes", defaultValue = "10")
    int failures;

    public boolean blocked(String email, String address) {
        return limits.reached(account(email), failures, WINDOW) || limits.reached(ip(address), failures * 5, WINDOW);
    }

    public void failed(String email, String address) {
        limits.record(account(email));
        limits.record(ip(address));
    }

    private static String account(String email) {
        return "signin:" + Account.normalise(email);
    }

    private static String ip(String address) {
        return "signin-ip:" + address;
    }
}
