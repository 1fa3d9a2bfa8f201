package dk.helhed.plan.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.storage.DatabaseRefusals;
import dk.helhed.storage.Removal;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
    @Inject
    Removal removal;
    @Inject
    TimeSource time;
    @Inject
    Event<Retired> retired;

    /** The place with the code, as given; none for a blank or unknown code. */
    public Optional<Place> place(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Place.BY_CODE, Place.class).setParameter("code", code).getResultStream()
                .findFirst();
    }

    /** The place with the code, to make something new at: none for a blank, unknown or retired code. */
    public Optional<Place> placeInUse(String code) {
        return place(code).filter(p -> !p.retired());
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

    /** A one-line text as given, spaces tidied, checked (required, at most {@code most} characters); null if blank. */
    public static String text(String field, String value, int most, boolean required, List<FieldProblem> problems) {
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

    /** The code with a number after it ("medborgerhuset-2"), within the 40 characters a code has. */
    public static String numbered(String code, int n) {
        String suffix = "-" + n;
        String base = code.length() + suffix.length() > 40 ? code.substring(0, 40 - suffix.length()) : code;
        return base.replaceAll("-$", "") + suffix;
    }

    /**
     * A code for a name (the plan's, a place's, an organisation's): lower case ASCII letters and digits joined by
     * hyphens, as in a link.
     */
    public static String code(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        code = code.length() > 40 ? code.substring(0, 40).replaceAll("-$", "") : code;
        return code.isEmpty() ? "plan" : code;
    }

    static final int PLACE_NAME_MAX = 80;
    static final int STREET_MAX = 100;
    static final int TOWN_MAX = 60;

    /** A place as the secretariat gives it: its name and address (a Danish postcode of four digits). */
    @Schema(name = "PlaceDraft")
    public record PlaceDraft(String name, String street, String postcode, String town) {
    }

    /** A place as the secretariat sees it; a retired one is kept for what refers to it and no longer offered. */
    @Schema(name = "Place")
    public record PlaceView(String code, String name, String street, String postcode, String town, String address,
                            boolean retired) {
        static PlaceView of(Place p) {
            return new PlaceView(p.code(), p.name(), p.street(), p.postcode(), p.town(), p.address(), p.retired());
        }
    }

    /** What removing did: deleted, or retired because something refers to the place. */
    public enum Removed { DELETED, RETIRED }

    /** Fired when a place is retired: what is offered there (free slots) is withdrawn. */
    public record Retired(String place) {
    }

    /** Every place, retired ones last. */
    public List<PlaceView> everyPlace() {
        return em.createNamedQuery(Place.EVERY, Place.class).getResultList().stream().map(PlaceView::of).toList();
    }

    /** A new place of the plan, with a code made from its name; refused on its fields, or 404 before the set-up. */
    public PlaceView addPlace(PlaceDraft draft) {
        var d = checked(draft);
        var plan = first().orElseThrow(() -> Refusal.notFound("problem.plan.none"));
        String code = code(d.name());
        for (int n = 2; place(code).isPresent(); n++) {
            code = numbered(code(d.name()), n);
        }
        var place = new Place(plan, code, d.name(), address(d));
        DatabaseRefusals.insert(em, place, () -> Refusal.conflict("problem.place.taken"));
        return PlaceView.of(place);
    }

    /** Renames or moves a place (its code stays, and so do its links); 404 for an unknown code. */
    public PlaceView editPlace(String code, PlaceDraft draft) {
        var place = known(code);
        if (place.retired()) {
            throw Refusal.conflict("problem.place.retired");
        }
        var d = checked(draft);
        place.describe(d.name(), address(d));
        return PlaceView.of(place);
    }

    /** Deletes a place nothing refers to; retires it otherwise. 404 for an unknown code. */
    public Removed removePlace(String code) {
        var place = known(code);
        if (removal.unlessReferenced(Place.class, place.id())) {
            return Removed.DELETED;
        }
        place.retire(time.now());
        retired.fire(new Retired(place.code()));
        return Removed.RETIRED;
    }

    private Place known(String code) {
        return place(code).orElseThrow(() -> Refusal.notFound("problem.place.unknown"));
    }

    private static PlaceDraft checked(PlaceDraft draft) {
        var d = draft == null ? new PlaceDraft(null, null, null, null) : draft;
        List<FieldProblem> problems = new ArrayList<>();
        String name = text("name", d.name(), PLACE_NAME_MAX, true, problems);
        String street = text("street", d.street(), STREET_MAX, true, problems);
        String postcode = d.postcode() == null ? "" : d.postcode().strip();
        if (postcode.isEmpty()) {
            problems.add(new FieldProblem("postcode", "field.plan.text.empty"));
        } else if (!postcode.matches("[1-9][0-9]{3}")) {
            problems.add(new FieldProblem("postcode", "field.place.postcode"));
        }
        String town = text("town", d.town(), TOWN_MAX, true, problems);
        if (street != null && street.contains(",")) {
            problems.add(new FieldProblem("street", "field.place.street-comma"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new PlaceDraft(name, street, postcode, town);
    }

    private static String address(PlaceDraft d) {
        return d.street() + ", " + d.postcode() + " " + d.town();
    }

    /** The plan's aggregate, for what belongs to it (an organisation); none before the set-up. */
    public Optional<SocialPlan> current() {
        return first();
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
