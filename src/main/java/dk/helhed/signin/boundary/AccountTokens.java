package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.entity.Account;
import dk.helhed.signin.control.AccountSettings;
import dk.helhed.signin.entity.AccountToken;
import dk.helhed.signin.entity.TokenPurpose;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.boundary.RateLimits;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Optional;

/**
 * Issues the links of account mails and finds them again. A new link retires the older ones of the same purpose.
 * Mails to one address are limited per hour; past the limit nothing is sent, silently, because a refusal would
 * tell a stranger that the address has an account.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountTokens {
    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    RateLimits limits;

    @Inject
    AccountSettings settings;

    @Inject
    TimeSource time;

    public Optional<Account> account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normalise(email))
                .getResultStream().findFirst();
    }

    public AccountToken find(String token) {
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", ManageToken.hash(token == null ? "" : token.strip()))
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.invalid("token", "field.token.unknown"));
    }

    /** The token, locked for the rest of the transaction: two uses at once cannot both succeed. */
    public AccountToken findForUse(String token) {
        var found = find(token);
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        return found;
    }

    public void mailVerification(Account account) {
        if (!mayMail(account)) {
            return;
        }
        var token = issue(account, TokenPurpose.VERIFY_EMAIL, settings.verificationLifetime());
        outbox.enqueue(settings.messages().verifyEmail(account, token.secret(), time.now(), token.until()));
    }

    /** A reset link; {@code becauseOfSignUp} says the mail explains that someone tried to sign up again. */
    public void mailReset(Account account, boolean becauseOfSignUp) {
        if (!mayMail(account)) {
            return;
        }
        var token = issue(account, TokenPurpose.RESET_PASSWORD, settings.resetLifetime());
        var messages = settings.messages();
        outbox.enqueue(becauseOfSignUp
                ? messages.alreadyRegistered(account, token.secret(), time.now(), token.until())
                : messages.passwordReset(account, token.secret(), time.now(), token.until()));
    }

    /** Every open token of the account for {@code purpose} stops working. */
    public void retire(Account account, TokenPurpose purpose) {
        em.createNamedQuery(AccountToken.RETIRE).setParameter("now", time.now()).setParameter("account", account)
                .setParameter("purpose", purpose).executeUpdate();
    }

    private boolean mayMail(Account account) {
        String bucket = "account-mail:" + account.email();
        if (limits.reached(bucket, settings.mailsPerAddressPerHour(), Duration.ofHours(1))) {
            return false;
        }
        limits.record(bucket);
        return true;
    }

    private record Issued(ManageToken secret, java.time.Instant until) {
    }

    private Issued issue(Account account, TokenPurpose purpose, Duration lifetime) {
        retire(account, purpose);
        var secret = ManageToken.create();
        var token = new AccountToken(account, purpose, secret, time.now(), lifetime);
        em.persist(token);
        return new Issued(secret, token.expiresAt());
    }
}
