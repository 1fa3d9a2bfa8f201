package dk.helhed.people.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.ProfileDetails;
import dk.helhed.people.entity.Role;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.SocialPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Who is signed in, as a person, for every capability that acts for one (an adviser's day, a volunteer's shifts,
 * partner staff at the pavilion), and partner staff's colleagues: active PARTNER accounts of the same organisation.
 */
@ApplicationScoped
public class People {
    @PersistenceContext
    EntityManager em;

    /** The person behind a signed-in account; none for an account without one (a coordinator's). */
    public Optional<Person> signedIn(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normalise(email))
                .getResultStream().findFirst().map(Account::person);
    }

    /** The person behind the signed-in account; refused unless they belong to an organisation. */
    public Person partner(String email) {
        return signedIn(email).filter(person -> person.organisation() != null)
                .orElseThrow(() -> Refusal.forbidden("pavilion.no-organisation"));
    }

    /** A new person, for a volunteer who registers or partner staff who accept an invitation. */
    public Person enrol(ProfileDetails details, String email, Organisation organisation) {
        var person = new Person(details.name(), details.phone(), email, organisation);
        details.applyTo(person);
        em.persist(person);
        return person;
    }

    /**
     * A new person with their profile (languages and subjects as codes, the places they help at), as whoever sets
     * a plan up enters them; {@code email} may be null.
     */
    public Person add(String name, PhoneNumber phone, String email, Organisation organisation, boolean smsConsent,
                      List<SpokenLanguage> languages, List<Subject> subjects, List<String> places) {
        var person = new Person(name, phone, email, organisation);
        person.updateProfile(name, phone, email, smsConsent, languages, subjects);
        person.helpAt(places);
        em.persist(person);
        return person;
    }

    /** A new partner organisation of the plan. */
    public Organisation addOrganisation(SocialPlan plan, String code, String name) {
        var organisation = new Organisation(plan, code, name);
        em.persist(organisation);
        return organisation;
    }

    /** The people of active accounts with the role (for PARTNER, of one organisation's code only, if given). */
    public List<Person> withRole(Role role, String organisationCode) {
        var people = em.createQuery("select distinct a.person from Account a join a.roles r where r = :role "
                        + "and a.active = true and a.person is not null"
                        + (organisationCode != null ? " and a.person.organisation.code = :org" : ""), Person.class)
                .setParameter("role", role);
        if (organisationCode != null) {
            people.setParameter("org", organisationCode);
        }
        return people.getResultList();
    }

    /** The e-mail addresses of active accounts with the role (the coordinators, for the morning digest). */
    public List<String> emailsOf(Role role) {
        return em.createQuery("select distinct a.email from Account a join a.roles r "
                        + "where r = :role and a.active = true and a.email is not null", String.class)
                .setParameter("role", role).getResultList();
    }

    /** The partner organisation with the code, as given. */
    public Optional<Organisation> organisation(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Every partner organisation not retired, by name. */
    public List<Organisation> organisations() {
        return em.createQuery("select o from Organisation o where o.retiredAt is null order by o.name",
                Organisation.class).getResultList();
    }

    public List<Person> colleagues(Person me) {
        return em.createQuery("""
                        select distinct a.person from Account a join a.roles r where r = :role and a.active = true
                        and a.person.organisation.code = :org and a.person.id <> :me""", Person.class)
                .setParameter("role", Role.PARTNER).setParameter("org", me.organisation().code())
                .setParameter("me", me.id()).getResultList()
                .stream().sorted(java.util.Comparator.comparing(Person::name)).toList();
    }

    /** The person, their row locked until the transaction ends (and read again, not taken from the cache). */
    public Person lock(long id) {
        return em.createNamedQuery(Person.BY_ID, Person.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", true)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("person.unknown"));
    }

    public Person person(long id) {
        return em.createNamedQuery(Person.BY_ID, Person.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("person.unknown"));
    }
}
