package dk.helhed.plan.boundary;

import dk.helhed.plan.entity.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The plan's places, as every offering finds them: by the code in a form or a link, or all of them by name. */
@ApplicationScoped
public class Plan {
    @PersistenceContext
    EntityManager em;

    /** The place with the code, as given; none for a blank or unknown code. */
    public Optional<Place> place(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Place.BY_CODE, Place.class).setParameter("code", code).getResultStream()
                .findFirst();
    }

    /** Every place, by name. */
    public List<Place> places() {
        return em.createNamedQuery(Place.ALL, Place.class).getResultList();
    }
}
