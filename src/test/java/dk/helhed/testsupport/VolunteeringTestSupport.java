package dk.helhed.testsupport;

import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Role;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Seeding and inspection for the volunteers' journey: volunteers with a profile, homework shifts straight into the
 * table (the homework-help series that make them are another capability), and what the database holds about places
 * and overlaps. Only the test deployment contains this class.
 */
@Path("test-support/volunteering")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VolunteeringTestSupport {
    @PersistenceContext
    EntityManager em;
    @Inject
    AdjustableTimeSource clock;
    @Inject
    Passwords passwords;
    @Inject
    Outbox outbox;

    /** A VOLUNTEER account whose person has this phone (SMS consent as given), e-mail and subjects. */
    @POST
    @Path("volunteers")
    @Transactional
    public JsonObject volunteer(@QueryParam("email") String email, @QueryParam("password") String password,
                                @QueryParam("phone") String phone, @QueryParam("sms") boolean sms,
                                @QueryParam("mailed") @jakarta.ws.rs.DefaultValue("true") boolean mailed) {
        var person = new Person("Frivillig " + email, null, null, null);
        var number = phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone).orElseThrow();
        person.updateProfile("Frivillig " + email, number, mailed ? email : null, sms && number != null,
                List.of(), List.of(Subject.MATHS, Subject.DANISH));
        em.persist(person);
        em.persist(new Account(email, "Frivillig " + email, passwords.hash(password), person,
                EnumSet.of(Role.VOLUNTEER), clock.now()));
        em.flush();
        return Json.createObjectBuilder().add("email", email).add("person", person.id()).build();
    }

    /** A homework shift at {@code place} (a fresh place when none or unknown), in series {@code series}. */
    @POST
    @Path("shifts")
    @Transactional
    public JsonObject shift(@QueryParam("place") String place, @QueryParam("series") String series,
                            @QueryParam("subject") String subject, @QueryParam("start") String start,
                            @QueryParam("minutes") int minutes, @QueryParam("needed") int needed) {
        var at = place(place);
        Instant from = Instant.parse(start);
        var shift = Shift.homework(at, series == null || series.isBlank() ? "homework:it-" + UUID.randomUUID()
                        : series, subject == null || subject.isBlank() ? null : Subject.valueOf(subject), from,
                from.plus(Duration.ofMinutes(minutes == 0 ? 120 : minutes)), needed == 0 ? 1 : needed, clock.now());
        em.persist(shift);
        em.flush();
        return Json.createObjectBuilder().add("id", shift.id()).add("place", at.code())
                .add("placeName", at.name()).add("series", shift.seriesKey()).build();
    }

    /** What the database holds about a shift: its counter and its live assignments. */
    @GET
    @Path("shifts/{id}")
    @Transactional
    public JsonObject shiftState(@PathParam("id") long id) {
        var shift = em.find(Shift.class, id);
        em.refresh(shift);
        long live = em.createQuery("""
                        select count(a) from ShiftAssignment a where a.shift.id = :id
                        and a.status = dk.helhed.shifts.entity.AssignmentStatus.TAKEN""", Long.class)
                .setParameter("id", id).getSingleResult();
        return Json.createObjectBuilder().add("taken", shift.taken()).add("needed", shift.needed())
                .add("live", live).build();
    }

    /** The person's live assignments, and how many pairs of them overlap in time (never more than zero). */
    @GET
    @Path("people/{id}/assignments")
    @Transactional
    public JsonObject assignments(@PathParam("id") long person) {
        List<ShiftAssignment> live = em.createQuery("""
                        select a from ShiftAssignment a join fetch a.shift where a.person.id = :person
                        and a.status = dk.helhed.shifts.entity.AssignmentStatus.TAKEN order by a.id""",
                        ShiftAssignment.class).setParameter("person", person).getResultList();
        int overlapping = 0;
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                var a = live.get(i).shift();
                if (a.overlaps(live.get(j).shift().startsAt(), live.get(j).shift().endsAt())) {
                    overlapping++;
                }
            }
        }
        var shifts = Json.createArrayBuilder();
        live.forEach(a -> shifts.add(a.shift().id()));
        return Json.createObjectBuilder().add("live", live.size()).add("overlappingPairs", overlapping)
                .add("shifts", shifts).build();
    }

    /** The outbox rows of a topic, with whether each carries a calendar. */
    @GET
    @Path("outbox")
    @Transactional
    public JsonArray outbox(@QueryParam("topic") String topic) {
        var rows = Json.createArrayBuilder();
        outbox.about(topic).forEach(m -> rows.add(Json.createObjectBuilder()
                .add("kind", m.kind().name()).add("channel", m.channel().name()).add("to", m.recipient())
                .add("status", m.status().name()).add("due", m.dueAt().toString())
                .add("calendar", m.calendar() != null).add("body", outbox.text(m))));
        return rows.build();
    }

    private Place place(String code) {
        if (code != null && !code.isBlank()) {
            var found = em.createQuery("select p from Place p where p.code = :code", Place.class)
                    .setParameter("code", code).getResultStream().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        String fresh = code == null || code.isBlank() ? "it-" + UUID.randomUUID().toString().substring(0, 8) : code;
        var plan = em.createQuery("select p from SocialPlan p where p.code = 'it'", SocialPlan.class)
                .getResultStream().findFirst().orElseGet(() -> {
                    var p = new SocialPlan("it", "Testplanen");
                    em.persist(p);
                    return p;
                });
        var place = new Place(plan, fresh, "Lektiecaféen " + fresh, null);
        em.persist(place);
        return place;
    }
}
