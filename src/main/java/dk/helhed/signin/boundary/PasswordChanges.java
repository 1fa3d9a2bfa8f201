package dk.helhed.signin.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.people.entity.Account;
import dk.helhed.signin.control.Passwords;
import dk.helhed.signin.entity.PasswordRule;
import dk.helhed.signin.entity.TokenPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone signed in changes their password, giving the current one. A wrong current password counts as a failed
 * sign-in (the same limits), so a left-open session cannot be used to guess it. Open reset links stop working, and
 * the account's other sessions end: the answer is the account's new sessions' number, for the session that made the
 * change to carry on with ({@link SessionLifetime#renew}).
 */
@ApplicationScoped
@Transactional
public class PasswordChanges {
    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SignInLimits limits;

    @Inject
    AccountTokens tokens;

    @Inject
    AccessLog log;

    public int change(String signedIn, String current, String chosen, String from) {
        var account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(signedIn)).getSingleResult();
        if (limits.blocked(account.email(), from)) {
            throw Refusal.tooMany("page.login.too-many");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!passwords.matches(current, account.passwordHash())) {
            limits.failed(account.email(), from);
            problems.add(new FieldProblem("currentPassword", "field.password.wrong"));
        }
        PasswordRule.check("password", chosen, problems, account.name(), account.email());
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        account.changePassword(passwords.hash(chosen));
        tokens.retire(account, TokenPurpose.RESET_PASSWORD);
        log.record(account.email(), "PASSWORD_CHANGED", SignInLimits.subject(account.email()));
        return account.sessionsVersion();
    }
}
