package dk.helhed.setup.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.setup.entity.SetupLink;
import dk.helhed.signin.boundary.StaffAccounts;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.entity.ManageToken;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Setting a plan up on an empty database. A start with no plan logs a link with a random token ({@link #announce});
 * the link opens the set-up, which names the plan and makes the first admin (admin and coordinator), who then signs
 * in and enrols the second factor. Completing it deletes every link: afterwards there is no set-up to open. The time
 * zone is not asked for: Helhed serves Danish plans and shows every time in Europe/Copenhagen.
 */
@ApplicationScoped
@Transactional
public class Setup {
    private static final Logger LOG = Logger.getLogger(Setup.class.getName());
    static final Duration LIFETIME = Duration.ofHours(24);
    public static final String TIME_ZONE = "Europe/Copenhagen";

    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;
    @Inject
    StaffAccounts accounts;
    @Inject
    AccessLog log;
    @Inject
    TimeSource time;
    @Inject
    PublicUrl url;

    /** What the set-up asks for: the plan's words and the first admin. */
    @Schema(name = "SetupAnswers")
    public record Answers(String token, String planName, String senderName, String controller, String contact,
                          String adminName, String adminEmail, String adminPassword) {
    }

    /** What a set-up link opens: until when it works, and the time zone every time is shown in. */
    @Schema(name = "SetupLink")
    public record Opened(Instant worksUntil, String timeZone) {
    }

    /** The plan set up: its code and the first admin's e-mail address, who signs in next. */
    @Schema(name = "SetupDone")
    public record Done(String plan, String admin) {
    }

    /** Whether the plan still needs setting up (no plan in the database). */
    public boolean needed() {
        return !plan.exists();
    }

    /**
     * A new setup link, logged for whoever started Helhed, when no plan is set up; answers the link (none when a plan
     * is set up).
     */
    public Optional<String> announce() {
        if (!needed()) {
            return Optional.empty();
        }
        var token = ManageToken.create();
        em.persist(new SetupLink(token, time.now(), LIFETIME));
        String link = url.base() + "/setup?token=" + token.value();
        LOG.warning(() -> "Helhed has no plan yet. Set it up at " + link + " (the link works once, for "
                + LIFETIME.toHours() + " hours; a restart logs a new one)");
        return Optional.of(link);
    }

    /** The link's set-up, if it still works; refused on the field "token" otherwise, saying why. */
    public Opened open(String token) {
        var link = find(token);
        return new Opened(link.expiresAt(), TIME_ZONE);
    }

    /**
     * Sets the plan up and makes the first admin, or refuses with every problem on its field and writes nothing. The
     * links are locked while it runs: two set-ups at once cannot make two plans.
     */
    public Done complete(Answers answers) {
        var a = answers == null ? new Answers(null, null, null, null, null, null, null, null) : answers;
        em.createQuery("select l from SetupLink l", SetupLink.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        find(a.token());
        List<FieldProblem> problems = new ArrayList<>();
        var words = plan.check(new Plan.Words(a.planName(), a.senderName(), a.controller(), a.contact()), problems);
        var admin = accounts.check(new StaffAccounts.Admin(a.adminName(), a.adminEmail(), a.adminPassword()), "admin",
                problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems.stream().map(Setup::planField).toList());
        }
        String code = plan.start(words);
        accounts.openAdmin(admin);
        em.createQuery("delete from SetupLink l").executeUpdate();
        log.record(admin.email(), "PLAN_SET_UP", code);
        LOG.info(() -> "The plan " + code + " is set up; its first admin signs in at " + url.base() + "/login");
        return new Done(code, admin.email());
    }

    /** The plan's fields as the set-up names them: "name" is "planName". */
    private static FieldProblem planField(FieldProblem problem) {
        return problem.field().equals("name") ? new FieldProblem("planName", problem.key(), problem.args()) : problem;
    }

    private SetupLink find(String token) {
        if (!needed()) {
            throw Refusal.conflict("problem.setup.done");
        }
        return em.createNamedQuery(SetupLink.BY_HASH, SetupLink.class)
                .setParameter("hash", ManageToken.hash(token == null ? "" : token.strip()))
                .getResultStream().filter(l -> l.works(time.now())).findFirst()
                .orElseThrow(() -> Refusal.invalid("token", "field.setup.token"));
    }
}
