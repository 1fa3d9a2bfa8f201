package dk.helhed.signin.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.ProfileDetails;
import dk.helhed.signin.control.AccountSettings;
import dk.helhed.signin.control.Passwords;
import dk.helhed.signin.entity.PasswordRule;
import dk.helhed.signin.entity.TokenPurpose;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.boundary.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A forgotten password: asking sends a single-use link (about an hour) to the address, if it has an account, and
 * answers the same either way. Setting the new password spends the link and every older one, and changes nothing
 * else: an account not yet verified stays so.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {
    @Inject
    AccessLog log;

    @Inject
    AccountTokens tokens;

    @Inject
    Passwords passwords;

    @Inject
    RateLimits limits;

    @Inject
    AccountSettings settings;

    @Inject
    TimeSource time;

    public void ask(String email, String from) {
        List<FieldProblem> problems = new ArrayList<>();
        String address = ProfileDetails.email(email, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        limits.take("account-mail-ip:" + from, settings.mailsPerAddressPerHour() * 10, Duration.ofHours(1));
        tokens.account(address).ifPresent(account -> tokens.mailReset(account, false));
    }

    public Account reset(String token, String password) {
        var found = tokens.findForUse(token);
        found.requireUsable(TokenPurpose.RESET_PASSWORD, time.now());
        List<FieldProblem> problems = new ArrayList<>();
        if (!PasswordRule.check("password", password, problems, found.account().name(), found.account().email())) {
            throw Refusal.invalid(problems);
        }
        found.use(TokenPurpose.RESET_PASSWORD, time.now());
        var account = found.account();
        tokens.retire(account, TokenPurpose.RESET_PASSWORD);
        account.changePassword(passwords.hash(password));
        log.record(SignInLimits.NOBODY, "PASSWORD_RESET", SignInLimits.subject(account.email()));
        return account;
    }
}
