package dk.helhed.people.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.people.entity.Organisation;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.storage.DatabaseRefusals;
import dk.helhed.storage.Removal;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan's partner organisations as the secretariat keeps them: add one (its code made from its name), rename it
 * and say what it helps with, and remove it: deleted when nothing refers to it, retired otherwise (staff, blocks and
 * shifts keep it; it is no longer offered for new ones).
 */
@ApplicationScoped
@Transactional
public class Organisations {
    static final int NAME_MAX = 80;
    static final int HELPS_WITH_MAX = 300;

    @PersistenceContext
    EntityManager em;
    @Inject
    People people;
    @Inject
    Plan plan;
    @Inject
    Removal removal;
    @Inject
    TimeSource time;

    @Schema(name = "OrganisationDraft")
    public record Draft(String name, String helpsWith) {
    }

    @Schema(name = "Organisation")
    public record View(String code, String name, String helpsWith, boolean retired) {
        static View of(Organisation o) {
            return new View(o.code(), o.name(), o.helpsWith(), o.retired());
        }
    }

    /** Every organisation, retired ones last. */
    public List<View> every() {
        return em.createQuery("select o from Organisation o order by o.retiredAt, o.name", Organisation.class)
                .getResultList().stream().map(View::of).toList();
    }

    public View add(Draft draft) {
        var d = checked(draft);
        var owner = plan.current().orElseThrow(() -> Refusal.notFound("problem.plan.none"));
        String base = Plan.code(d.name());
        String code = base;
        for (int n = 2; people.organisation(code).isPresent(); n++) {
            code = Plan.numbered(base, n);
        }
        var organisation = new Organisation(owner, code, d.name());
        organisation.describe(d.name(), d.helpsWith());
        DatabaseRefusals.insert(em, organisation, () -> Refusal.conflict("problem.organisation.taken"));
        return View.of(organisation);
    }

    public View edit(String code, Draft draft) {
        var organisation = known(code);
        var d = checked(draft);
        organisation.describe(d.name(), d.helpsWith());
        return View.of(organisation);
    }

    public Plan.Removed remove(String code) {
        var organisation = known(code);
        if (removal.unlessReferenced(Organisation.class, organisation.id())) {
            return Plan.Removed.DELETED;
        }
        organisation.retire(time.now());
        return Plan.Removed.RETIRED;
    }

    private Organisation known(String code) {
        return people.organisation(code == null ? "" : code)
                .orElseThrow(() -> Refusal.notFound("problem.organisation.unknown"));
    }

    private static Draft checked(Draft draft) {
        var d = draft == null ? new Draft(null, null) : draft;
        List<FieldProblem> problems = new ArrayList<>();
        String name = Plan.text("name", d.name(), NAME_MAX, true, problems);
        String helpsWith = Plan.text("helpsWith", d.helpsWith(), HELPS_WITH_MAX, false, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new Draft(name, helpsWith);
    }
}
