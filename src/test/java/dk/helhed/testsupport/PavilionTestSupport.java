package dk.helhed.testsupport;

import dk.helhed.pavilion.control.ShiftGeneration;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Role;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.rota.boundary.MorningDigest;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.signin.control.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Seeding for the pavilion and rota ITs: fresh organisations and places, partner staff and volunteers with their
 * accounts, shifts at chosen times, and the generator and morning digest run now.
 */
@Path("test-support/pavilion")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PavilionTestSupport {
    public static final String PASSWORD = "correct-horse-7";

    @PersistenceContext
    EntityManager em;
    @Inject
    AdjustableTimeSource clock;
    @Inject
    Passwords passwords;
    @Inject
    ShiftGeneration generation;
    @Inject
    MorningDigest digest;

    /** A fresh place and organisation; with {@code code}, that organisation (made once, e.g. jobcenter). */
    @POST
    @Path("organisations")
    @Transactional
    public JsonObject organisation(@QueryParam("code") String code) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var plan = plan();
        var place = persist(new Place(plan, "it-pav-" + suffix, "Pavillonen " + suffix, null));
        String orgCode = code == null || code.isBlank() ? "it-org-" + suffix : code;
        var org = em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", orgCode).getResultStream().findFirst()
                .orElseGet(() -> persist(new Organisation(plan, orgCode, "Organisation " + orgCode)));
        em.flush();
        return Json.createObjectBuilder().add("organisation", org.code()).add("organisationName", org.name())
                .add("place", place.code()).add("placeName", place.name()).build();
    }

    /**
     * A signed-in person: PARTNER staff of {@code organisation} or a VOLUNTEER teaching {@code subjects}, with a
     * phone, an e-mail and SMS consent as asked; password {@value #PASSWORD}.
     */
    @POST
    @Path("people")
    @Transactional
    public JsonObject person(@QueryParam("role") String role, @QueryParam("organisation") String organisation,
                             @QueryParam("phone") String phone, @QueryParam("sms") boolean sms,
                             @QueryParam("subjects") String subjects, @QueryParam("name") String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = role.toLowerCase() + "-" + suffix + "@helhed.test";
        Organisation org = organisation == null ? null : em.createQuery(
                        "select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", organisation).getSingleResult();
        String fullName = name == null ? "Staff " + suffix : name;
        var number = phone == null ? null : new PhoneNumber(phone);
        var person = persist(new Person(fullName, number, email, org));
        person.updateProfile(fullName, number, email, sms, List.of(), subjects == null || subjects.isBlank()
                ? List.of() : Arrays.stream(subjects.split(",")).map(Subject::valueOf).toList());
        persist(new Account(email, fullName, passwords.hash(PASSWORD), person, EnumSet.of(Role.valueOf(role)),
                clock.now()));
        em.flush();
        return Json.createObjectBuilder().add("email", email).add("id", person.id()).add("name", fullName).build();
    }

    /** A pavilion shift of {@code organisation} at {@code place}, outside any block. */
    @POST
    @Path("shifts")
    @Transactional
    public JsonObject shift(@QueryParam("place") String placeCode, @QueryParam("organisation") String organisation,
                            @QueryParam("start") String start, @QueryParam("end") String end,
                            @QueryParam("needed") Integer needed, @QueryParam("subject") String subject) {
        var place = em.createNamedQuery(Place.BY_CODE, Place.class).setParameter("code", placeCode).getSingleResult();
        String series = "it:" + UUID.randomUUID().toString().substring(0, 8);
        int n = needed == null ? 1 : needed;
        Shift shift;
        if (organisation == null || organisation.isBlank()) {
            shift = Shift.homework(place, series, subject == null || subject.isBlank() ? null : Subject.valueOf(subject),
                    Instant.parse(start), Instant.parse(end), n, clock.now());
        } else {
            var org = em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                    .setParameter("code", organisation).getSingleResult();
            shift = Shift.pavilion(place, series, org, Instant.parse(start), Instant.parse(end), n, clock.now());
        }
        persist(shift);
        em.flush();
        return Json.createObjectBuilder().add("id", shift.id()).build();
    }

    /** The shifts of a block's series, in time order. */
    @GET
    @Path("shifts")
    @Transactional
    public JsonArray shifts(@QueryParam("series") String series) {
        var rows = Json.createArrayBuilder();
        em.createQuery("select s from Shift s where s.seriesKey = :series order by s.startsAt, s.id", Shift.class)
                .setParameter("series", series).getResultList().forEach(s -> rows.add(Json.createObjectBuilder()
                        .add("id", s.id()).add("start", s.startsAt().toString()).add("end", s.endsAt().toString())
                        .add("organisation", s.organisation().code()).add("needed", s.needed())
                        .add("taken", s.taken()).add("status", s.status().name())));
        return rows.build();
    }

    @POST
    @Path("generate")
    public JsonObject generate() {
        return Json.createObjectBuilder().add("made", generation.extend()).build();
    }

    @POST
    @Path("morning-digest")
    public JsonObject morningDigest() {
        return Json.createObjectBuilder().add("queued", digest.sendIfDue()).build();
    }

    private SocialPlan plan() {
        return em.createQuery("select p from SocialPlan p where p.code = 'it'", SocialPlan.class)
                .getResultStream().findFirst().orElseGet(() -> persist(new SocialPlan("it", "Testplanen")));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
