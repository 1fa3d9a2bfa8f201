package dk.helhed.people.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The language to write to a person in: the one their account was made in (the page's language at sign-up, or the
 * invitation's), Danish for someone without an account.
 */
@ApplicationScoped
public class PreferredLanguages {
    @PersistenceContext
    EntityManager em;

    public Language of(Person person) {
        return em.createNamedQuery(Account.LANGUAGE_OF_PERSON, String.class).setParameter("person", person.id())
                .getResultStream().findFirst().flatMap(Language::fromTag).orElse(Language.DA);
    }
}
