package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.signin.control.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The password asked for again before a change that a stolen session or token must not make on its own (deleting the
 * account, setting up a second factor, new recovery codes, a new API token). A wrong one counts as a failed sign-in.
 */
@ApplicationScoped
public class PasswordAgain {
    @Inject
    Passwords passwords;

    @Inject
    SignInLimits limits;

    public void check(Account account, String password, String from) {
        if (limits.blocked(account.email(), from)) {
            throw Refusal.tooMany("page.login.too-many");
        }
        if (password == null || !passwords.matches(password, account.passwordHash())) {
            limits.failed(account.email(), from);
            throw Refusal.invalid("password", "field.password.wrong");
        }
    }
}
