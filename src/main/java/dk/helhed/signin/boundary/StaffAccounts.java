package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.ProfileDetails;
import dk.helhed.people.entity.Role;
import dk.helhed.signin.control.Passwords;
import dk.helhed.signin.entity.PasswordRule;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Accounts opened by whoever sets a plan up (the demo data, and the set-up's first admin): active at once, with a
 * password hash made by {@link #hash}, so that many accounts can share one hash's cost.
 */
@ApplicationScoped
@Transactional
public class StaffAccounts {
    @PersistenceContext
    EntityManager em;
    @Inject
    Passwords passwords;
    @Inject
    TimeSource time;
    @Inject
    Sealing sealing;

    @Inject
    AccountTokens accounts;

    /** The plan's first admin, as the set-up asks for them. */
    @Schema(name = "FirstAdmin")
    public record Admin(String name, String email, String password) {
    }

    /**
     * The first admin as given, checked: a name, an e-mail address no account has, and a password by the rule. Each
     * problem is on its field with {@code prefix} before it (the set-up's "adminName", "adminEmail", "adminPassword").
     */
    public Admin check(Admin admin, String prefix, List<FieldProblem> problems) {
        var a = admin == null ? new Admin(null, null, null) : admin;
        List<FieldProblem> found = new ArrayList<>();
        var details = ProfileDetails.read(a.name(), null, false, List.of(), List.of(), found);
        String email = ProfileDetails.email(a.email(), found);
        PasswordRule.check("password", a.password(), found, a.name(), a.email());
        if (email != null && accounts.account(email).isPresent()) {
            found.add(new FieldProblem("email", "field.email.taken"));
        }
        found.stream().filter(p -> List.of("name", "email", "password").contains(p.field()))
                .map(p -> new FieldProblem(prefix + Character.toUpperCase(p.field().charAt(0))
                        + p.field().substring(1), p.key(), p.args()))
                .forEach(problems::add);
        return new Admin(details == null ? null : details.name(), email, a.password());
    }

    /** The first admin's account (checked by {@link #check}): admin and coordinator, to set up and run the plan. */
    public void openAdmin(Admin admin) {
        open(admin.email(), admin.name(), hash(admin.password()), null, EnumSet.of(Role.ADMIN, Role.COORDINATOR));
    }

    /** The password's PBKDF2 hash (a tenth of a second to half a second of CPU). */
    public String hash(String password) {
        return passwords.hash(password);
    }

    /** An active account with the roles, for the person (none for a coordinator who is no one's contact). */
    public void open(String email, String name, String passwordHash, Person person, Set<Role> roles) {
        em.persist(new Account(email, name, passwordHash, person, roles, time.now()));
    }

    /**
     * The account signs in with a second factor whose key is given (the demo's published one): as if its owner had
     * enrolled it, without recovery codes.
     */
    public void secondFactor(String email, String secret) {
        em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normalise(email))
                .getSingleResult().enrolSecondFactor(sealing.seal(secret), 0, time.now());
    }

    /** A volunteer's account, as if they had signed up in {@code language} and verified their e-mail. */
    public void openVolunteer(String email, String name, String passwordHash, Person person, String language) {
        var account = Account.unverified(email, name, passwordHash, person, Role.VOLUNTEER, language, time.now());
        account.activate();
        em.persist(account);
    }
}
