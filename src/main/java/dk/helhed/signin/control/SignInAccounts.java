package dk.helhed.signin.control;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks an e-mail and password against the active accounts. An unknown or inactive account is checked against a
 * decoy hash, so its answer takes as long as a known account's and the time does not tell whether the address has an
 * account. A right password with an outdated hash is hashed anew. An admin may do all a coordinator may.
 */
@ApplicationScoped
@Transactional
public class SignInAccounts {
    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    VerifiedPasswords verified;

    @Inject
    AccessLog log;

    /** Who signed in: the groups are the roles, and the sessions' number says which sessions still stand. */
    public record SignedIn(String email, Set<String> groups, int sessionsVersion, boolean secondFactor) {
    }

    public Optional<SignedIn> check(String email, String password) {
        String address = Account.normalise(email == null ? "" : email);
        Optional<Account> found = active(address);
        String stored = found.map(Account::passwordHash).orElse(passwords.decoy());
        if (password == null || found.isPresent() && verified.recently(address, password, stored)) {
            return password == null ? Optional.empty() : found.map(SignInAccounts::signedIn);
        }
        if (!passwords.matches(password, stored) || found.isEmpty()) {
            if (Passwords.outdated(stored)) {
                passwords.makeUpFor(stored);
            }
            return Optional.empty();
        }
        Account account = found.get();
        if (Passwords.outdated(stored)) {
            account.rehash(passwords.hash(password));
        }
        verified.remember(address, password, account.passwordHash());
        // a program's calls within five minutes are not logged again: they were not checked again
        log.record(account.email(), "SIGNIN", "account:" + account.email());
        return Optional.of(signedIn(account));
    }

    /** The number the account's sessions must carry to stand; none when the account is gone or deactivated. */
    public OptionalInt sessionsVersion(String email) {
        return active(Account.normalise(email)).map(a -> OptionalInt.of(a.sessionsVersion()))
                .orElse(OptionalInt.empty());
    }

    private Optional<Account> active(String address) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", address)
                .getResultStream().filter(Account::active).findFirst();
    }

    /** The active account with this address, as signed in (for a second step: the code, or an API token). */
    public Optional<SignedIn> signedIn(String email) {
        return active(Account.normalise(email)).map(SignInAccounts::signedIn);
    }

    private static SignedIn signedIn(Account account) {
        Set<String> groups = account.roles().stream()
                .flatMap(r -> r == Role.ADMIN ? Stream.of(Role.ADMIN_NAME, Role.COORDINATOR_NAME) : Stream.of(r.name()))
                .collect(Collectors.toUnmodifiableSet());
        return new SignedIn(account.email(), groups, account.sessionsVersion(), account.hasSecondFactor());
    }
}
