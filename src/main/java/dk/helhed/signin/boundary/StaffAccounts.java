package dk.helhed.signin.boundary;

import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Role;
import dk.helhed.signin.control.Passwords;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Set;

/**
 * Accounts opened by whoever sets a plan up (today the demo data; the secretariat's pages later): active at once,
 * with a password hash made by {@link #hash}, so that many accounts can share one hash's cost.
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
