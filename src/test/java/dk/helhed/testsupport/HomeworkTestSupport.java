package dk.helhed.testsupport;

import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.shifts.control.ShiftTaking;
import dk.helhed.shifts.entity.ShiftAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.util.List;
import java.util.Set;

/**
 * Homework help's seeding for integration tests: volunteer tutors, taking a shift for one (as the volunteering
 * journey will), and a reminder filed the way that journey files them, to see it withdrawn.
 */
@Path("test-support/homework")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HomeworkTestSupport {
    @PersistenceContext
    EntityManager em;
    @Inject
    ShiftTaking shiftTaking;
    @Inject
    AdjustableTimeSource clock;
    @Inject
    Outbox outbox;

    /** A volunteer tutor with a phone (SMS welcome unless {@code sms=false}) and an e-mail address. */
    @POST
    @Path("volunteers")
    @Transactional
    public JsonObject volunteer(@QueryParam("name") String name, @QueryParam("phone") String phone,
                                @QueryParam("email") String email, @QueryParam("sms") Boolean sms) {
        var person = new Person(name, null, null, null);
        person.updateProfile(name, PhoneNumber.parse(phone).orElseThrow(), email, sms == null || sms, List.of(),
                Set.of());
        em.persist(person);
        em.flush();
        return Json.createObjectBuilder().add("id", person.id()).build();
    }

    /** The volunteer takes a place on the shift, by the shifts' own rules. */
    @POST
    @Path("shifts/{shift}/take")
    @Transactional
    public JsonObject take(@PathParam("shift") long shift, @QueryParam("person") long person) {
        var assignment = shiftTaking.take(shift, person, clock.now());
        return Json.createObjectBuilder().add("assignment", assignment.id()).build();
    }

    @GET
    @Path("assignments/{id}")
    @Transactional
    public JsonObject assignment(@PathParam("id") long id) {
        var a = em.find(ShiftAssignment.class, id);
        em.refresh(a);
        return Json.createObjectBuilder().add("status", a.status().name()).add("shift", a.shift().id()).build();
    }

    /** A reminder for the assignment, filed under the topic the volunteering journey uses, due a day later. */
    @POST
    @Path("assignments/{id}/reminder")
    @Transactional
    public JsonObject reminder(@PathParam("id") long id) {
        var a = em.find(ShiftAssignment.class, id);
        String topic = "shift-assignment:" + id;
        var due = clock.now().plus(Duration.ofDays(1));
        outbox.enqueue(List.of(new Outgoing(topic, MessageKind.REMINDER, ChannelKind.EMAIL, a.person().email(),
                "Påmindelse", "Husk din vagt", due, a.shift().startsAt(),
                Outgoing.dedupeKey(topic, MessageKind.REMINDER, ChannelKind.EMAIL, a.shift().startsAt()))));
        return Json.createObjectBuilder().add("topic", topic).build();
    }
}
