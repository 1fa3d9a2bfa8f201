package dk.helhed.plan.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan and its places, as every offering finds them: by the code in a form or a link, or all of them by name;
 * and the plan set up with its places and its own words (its name, the name messages are signed with, and whom the
 * privacy notice names).
 */
@ApplicationScoped
@Transactional
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

    static final int NAME_MAX = 80;
    static final int SENDER_MAX = 60;
    static final int CONTROLLER_MAX = 300;

    /**
     * The plan's own words: its name, the name its messages are signed with (the name when blank), the data controller
     * with address and how to reach them about personal data, as the privacy notice says them.
     */
    @Schema(name = "PlanWords")
    public record Words(String name, String senderName, String controller, String contact) {
        static Words of(SocialPlan plan) {
            return new Words(plan.name(), plan.senderName(), plan.controller(), plan.contact());
        }
    }

    /** The plan's words as given, checked: each problem on its field (name, senderName, controller, contact). */
    public Words check(Words words, List<FieldProblem> problems) {
        var w = words == null ? new Words(null, null, null, null) : words;
        String name = text("name", w.name(), NAME_MAX, true, problems);
        String sender = text("senderName", w.senderName(), SENDER_MAX, false, problems);
        return new Words(name, sender == null ? name : sender,
                text("controller", w.controller(), CONTROLLER_MAX, true, problems),
                text("contact", w.contact(), CONTROLLER_MAX, true, problems));
    }

    private static String text(String field, String value, int most, boolean required, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "field.plan.text.empty"));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > most) {
            problems.add(new FieldProblem(field, "field.plan.text.long", most));
        }
        return text;
    }

    /** The plan of this installation (the first set up), if there is one. */
    public Optional<Words> words() {
        return first().map(Words::of);
    }

    /** Sets a plan up with its words (refused, on the fields, when they do not hold); answers its code. */
    public String start(Words words) {
        List<FieldProblem> problems = new ArrayList<>();
        var checked = check(words, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var plan = new SocialPlan(code(checked.name()), checked.name());
        plan.describe(checked.name(), checked.senderName(), checked.controller(), checked.contact());
        em.persist(plan);
        return plan.code();
    }

    /** Changes the plan's words (refused, on the fields, when they do not hold; 404 before the set-up). */
    public Words reword(Words words) {
        List<FieldProblem> problems = new ArrayList<>();
        var checked = check(words, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var plan = first().orElseThrow(() -> Refusal.notFound("problem.plan.none"));
        plan.describe(checked.name(), checked.senderName(), checked.controller(), checked.contact());
        return Words.of(plan);
    }

    private Optional<SocialPlan> first() {
        return em.createQuery("select p from SocialPlan p order by p.id", SocialPlan.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** A code for the plan's name: lower case ASCII letters and digits joined by hyphens, as in a link. */
    static String code(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        code = code.length() > 40 ? code.substring(0, 40).replaceAll("-$", "") : code;
        return code.isEmpty() ? "plan" : code;
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
