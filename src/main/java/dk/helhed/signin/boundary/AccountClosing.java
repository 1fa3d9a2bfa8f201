package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.signin.control.Passwords;
import dk.helhed.signin.entity.ApiToken;
import dk.helhed.signin.entity.RecoveryCode;
import dk.helhed.signin.entity.TokenPurpose;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Accounts that end: a leaver an admin deactivates, a volunteer who deletes their own. Either way the account can no
 * longer sign in and every session of it ends at its next request (the session's number no longer matches, see
 * {@link SessionLifetime}); a deleted account also loses its address, name and password.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountClosing {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffRoles roles;
    @Inject
    Passwords passwords;

    @Inject
    PasswordAgain passwordAgain;

    @Inject
    AccountTokens tokens;

    @Inject
    TimeSource time;

    /** An account as an admin sees it; {@code personId} null for an account that is no one's contact. */
    public record Summary(long id, String email, String name, List<String> roles, boolean active, Long personId) {
        static Summary of(Account a) {
            return new Summary(a.id(), a.email(), a.name(), a.roles().stream().map(Enum::name).sorted().toList(),
                    a.active(), a.person() == null ? null : a.person().id());
        }
    }

    /** Every account, active first, by name: what an admin chooses a leaver from. */
    @Transactional
    public List<Summary> all() {
        return em.createQuery("select a from Account a order by a.active desc, a.name, a.email", Account.class)
                .getResultStream().map(Summary::of).toList();
    }

    /** The signed-in owner, after their password was given again (a wrong one counts as a failed sign-in). */
    public Summary owner(String signedIn, String password, String from) {
        var account = byEmail(signedIn);
        passwordAgain.check(account, password, from);
        return Summary.of(account);
    }

    /** The signed-in account. */
    public Summary signedIn(String email) {
        return Summary.of(byEmail(email));
    }

    /**
     * A leaver: no more sign-in, sessions end. An account already inactive stays as it is; one's own account cannot
     * be deactivated this way (it would lock its admin out mid-task).
     */
    public Summary deactivate(long id, String by) {
        var account = Optional.ofNullable(em.find(Account.class, id))
                .orElseThrow(() -> Refusal.notFound("account.unknown"));
        if (account.email().equals(Account.normalise(by))) {
            throw Refusal.conflict("account.self");
        }
        if (account.active() && !roles.anotherAdmin(id)) {
            throw Refusal.conflict("account.last-admin");
        }
        if (account.active()) {
            account.deactivate();
        }
        retireTokens(account);
        return Summary.of(account);
    }

    /** Deleted at its owner's request: deactivated, and address, name and password erased. */
    public void erase(long id) {
        var account = em.find(Account.class, id);
        retireTokens(account);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        account.erase(passwords.hash(Base64.getEncoder().encodeToString(random)));
        em.createNamedQuery(RecoveryCode.FORGET).setParameter("account", account).executeUpdate();
    }

    private Account byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normalise(email))
                .getSingleResult();
    }

    /** Links in mails and API tokens stop working (a deleted account's recovery codes go too). */
    private void retireTokens(Account account) {
        for (var purpose : TokenPurpose.values()) {
            tokens.retire(account, purpose);
        }
        em.createNamedQuery(ApiToken.REVOKE_ALL).setParameter("account", account)
                .setParameter("now", time.now()).executeUpdate();
    }
}
