package dk.helhed.plan.boundary;

import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The plan and its places, as every offering finds them: by the code in a form or a link, or all of them by name;
 * and the plan set up with its places.
 */
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

    /** Whether a plan has been set up in this database. */
    public boolean exists() {
        return !em.createQuery("select p.id from SocialPlan p").setMaxResults(1).getResultList().isEmpty();
    }

    /** A new plan. */
    public SocialPlan start(String code, String name) {
        var plan = new SocialPlan(code, name);
        em.persist(plan);
        return plan;
    }

    /** A new place of the plan; {@code address} is shown to residents. */
    public Place addPlace(SocialPlan plan, String code, String name, String address) {
        var place = new Place(plan, code, name, address);
        em.persist(place);
        return place;
    }

    /** Every place, by name. */
    public List<Place> places() {
        return em.createNamedQuery(Place.ALL, Place.class).getResultList();
    }
}
