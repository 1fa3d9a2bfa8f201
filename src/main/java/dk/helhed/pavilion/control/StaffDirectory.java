package dk.helhed.pavilion.control;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Who a signed-in partner staff member is, and their colleagues: active PARTNER accounts of the same organisation. */
@ApplicationScoped
public class StaffDirectory {
    @PersistenceContext
    EntityManager em;

    /** The person behind the signed-in account; refused unless they belong to an organisation. */
    public Person signedIn(String email) {
        var person = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normalise(email))
                .getResultStream().findFirst().map(Account::person).orElse(null);
        if (person == null || person.organisation() == null) {
            throw Refusal.forbidden("pavilion.no-organisation");
        }
        return person;
    }

    public List<Person> colleagues(Person me) {
        return em.createQuery("""
                        select distinct a.person from Account a join a.roles r where r = :role and a.active = true
                        and a.person.organisation.code = :org and a.person.id <> :me""", Person.class)
                .setParameter("role", Role.PARTNER).setParameter("org", me.organisation().code())
                .setParameter("me", me.id()).getResultList()
                .stream().sorted(java.util.Comparator.comparing(Person::name)).toList();
    }

    public Person person(long id) {
        return em.createNamedQuery(Person.BY_ID, Person.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("person.unknown"));
    }
}
