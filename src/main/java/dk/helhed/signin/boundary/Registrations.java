package dk.helhed.signin.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.ProfileDetails;
import dk.helhed.people.entity.Role;
import dk.helhed.signin.control.AccountSettings;
import dk.helhed.signin.control.Passwords;
import dk.helhed.signin.entity.AccountToken;
import dk.helhed.signin.entity.PasswordRule;
import dk.helhed.signin.entity.TokenPurpose;
import dk.helhed.storage.DatabaseRefusals;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.boundary.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Volunteers sign up themselves. The account cannot sign in until its e-mail is verified through the link in the
 * mail (a POST from the page the link opens). Whether an e-mail already has an account is never revealed: the
 * answer is the same, and the owner is mailed a password-reset link instead.
 */
@ApplicationScoped
@Transactional
public class Registrations {
    @PersistenceContext
    EntityManager em;
    @Inject
    People people;

    @Inject
    Passwords passwords;

    @Inject
    dk.helhed.people.boundary.Profiles profiles;

    @Inject
    AccountTokens tokens;

    @Inject
    RateLimits limits;

    @Inject
    AccountSettings settings;

    @Inject
    TimeSource time;

    /** What a volunteer fills in; {@code from} is the address the request came from (for the rate limit). */
    public record SignUp(String name, String email, String password, String phone, Boolean smsConsent,
                         List<String> languages, List<String> subjects, List<String> places, Language language,
                         String from) {
    }

    public void signUp(SignUp request) {
        List<FieldProblem> problems = new ArrayList<>();
        var details = ProfileDetails.read(request.name(), request.phone(), request.smsConsent(), request.languages(),
                request.subjects(), request.places() == null ? List.of() : request.places(), profiles.placeCodes(),
                problems);
        String email = ProfileDetails.email(request.email(), problems);
        PasswordRule.check("password", request.password(), problems, request.name(), request.email());
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        limits.take("volunteer-signup-ip:" + request.from(), settings.signupsPerIpPerHour(), Duration.ofHours(1));
        // hashed before asking whether the address has an account: both answers take the hash's time
        String hash = passwords.hash(request.password());
        Optional<Account> existing = tokens.account(email);
        if (existing.isPresent()) {
            tokens.mailReset(existing.get(), true);
            return;
        }
        var person = people.enrol(details, email, null);
        var account = Account.unverified(email, details.name(), hash, person, Role.VOLUNTEER,
                request.language().tag(), time.now());
        persist(account);
        tokens.mailVerification(account);
    }

    /** Two sign-ups with one new e-mail at the same moment: the unique e-mail settles it, the second is asked to retry. */
    private void persist(Account account) {
        DatabaseRefusals.insert(em, account, () -> Refusal.conflict("account.try-again"));
    }

    /** The link's token, confirmed with the page's button: the account may sign in from now on. */
    public Account confirm(String token) {
        var found = tokens.findForUse(token);
        found.use(TokenPurpose.VERIFY_EMAIL, time.now());
        found.account().activate();
        return found.account();
    }

    /** A new verification mail for an account not yet verified; anything else is answered the same, silently. */
    public void resend(String email, String from) {
        List<FieldProblem> problems = new ArrayList<>();
        String address = ProfileDetails.email(email, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        limits.take("account-mail-ip:" + from, settings.mailsPerAddressPerHour() * 10, Duration.ofHours(1));
        tokens.account(address).filter(a -> !a.active() && a.roles().contains(Role.VOLUNTEER))
                .ifPresent(tokens::mailVerification);
    }

    /** Reading a token changes nothing: the page shows whether its link still works. */
    public AccountToken check(String token, TokenPurpose purpose) {
        var found = tokens.find(token);
        found.requireUsable(purpose, time.now());
        return found;
    }
}
