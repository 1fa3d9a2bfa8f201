package dk.helhed.people.boundary;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.ProfileDetails;
import dk.helhed.people.entity.Role;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The profile of whoever is signed in, found by their own sign-in name only: there is no way to ask for someone
 * else's. The e-mail is the sign-in name, so it is read-only here (changing it would need a new verification).
 */
@ApplicationScoped
@Transactional
public class Profiles {
    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;

    /** What the profile page and API show: the account's e-mail and the person's details. */
    public record Profile(Account account, Person person) {
    }

    public Profile mine(String signedIn) {
        var account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(signedIn)).getResultStream().findFirst()
                .filter(a -> a.person() != null)
                .orElseThrow(() -> Refusal.notFound("profile.none"));
        return new Profile(account, account.person());
    }

    /**
     * Replaces the profile; {@code places} null leaves the places as they are. The person's row is locked first, so
     * two saves at once (two tabs) take turns instead of colliding on the languages they both rewrite.
     */
    public Profile update(String signedIn, String name, String phone, Boolean smsConsent, List<String> languages,
                          List<String> subjects, List<String> places) {
        var mine = mine(signedIn);
        em.refresh(mine.person(), LockModeType.PESSIMISTIC_WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        var details = ProfileDetails.read(name, phone, smsConsent, languages, subjects, places,
                places == null ? Set.of() : placeCodes(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        details.applyTo(mine.person());
        mine.account().rename(details.name());
        return mine;
    }

    /**
     * The people (volunteers, staff, partners' staff) with this phone (E.164) or e-mail address (lower case), each
     * with their account if they have one; and accounts with the address and no person (a coordinator).
     */
    public List<Held> about(String phone, String email) {
        var persons = em.createQuery("""
                        select p from Person p left join fetch p.organisation
                        where p.phone = :phone or lower(p.email) = :email order by p.id""", Person.class)
                .setParameter("phone", phone).setParameter("email", email).getResultList();
        var accounts = new ArrayList<>(em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email).getResultList());
        if (!persons.isEmpty()) {
            em.createQuery("select a from Account a where a.person in :persons order by a.id", Account.class)
                    .setParameter("persons", persons).getResultStream()
                    .filter(a -> !accounts.contains(a)).forEach(accounts::add);
        }
        List<Held> found = new ArrayList<>();
        accounts.forEach(a -> found.add(Held.of(a, a.person())));
        persons.stream().filter(p -> accounts.stream().noneMatch(a -> p.equals(a.person())))
                .forEach(p -> found.add(Held.of(null, p)));
        return found;
    }

    /**
     * A person or account as held about them; {@code accountId} or {@code personId} null where there is none. The
     * e-mail is the account's (the sign-in address) where there is an account.
     */
    public record Held(Long accountId, Long personId, String name, String phone, String email, String organisation,
                       List<String> languages, List<String> roles, boolean active) {
        static Held of(Account a, Person p) {
            return new Held(a == null ? null : a.id(), p == null ? null : p.id(), p != null ? p.name() : a.name(),
                    p == null ? null : p.phone(), a != null ? a.email() : p.email(),
                    p == null || p.organisation() == null ? null : p.organisation().name(),
                    p == null ? List.of() : p.languages().stream().map(l -> l.code()).toList(),
                    a == null ? List.of() : a.roles().stream().map(Enum::name).sorted().toList(),
                    a == null || a.active());
        }

        /** Only a volunteer: no staff role. */
        public boolean volunteerOnly() {
            return roles.stream().allMatch(Role.VOLUNTEER.name()::equals);
        }
    }

    /** A person who left erases: name, phone, e-mail, languages, subjects and places. */
    public void erase(long personId) {
        var person = em.find(Person.class, personId);
        if (person != null) {
            person.erase();
        }
    }

    /** Every place's code: the places a volunteer may say they help at. */
    public Set<String> placeCodes() {
        return plan.places().stream().map(Place::code)
                .collect(Collectors.toSet());
    }

    /** Verified volunteers with their contact details, by name: for coordinators only. */
    public List<Profile> volunteers() {
        return em.createQuery("""
                        select a from Account a join a.roles r
                        where r = :role and a.active = true and a.person is not null order by a.name""", Account.class)
                .setParameter("role", Role.VOLUNTEER).getResultList().stream()
                .map(a -> new Profile(a, a.person())).toList();
    }
}
