package dk.helhed.testsupport;

import dk.helhed.appointments.boundary.Booking;
import dk.helhed.appointments.control.SlotGeneration;
import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.appointments.entity.Availability;
import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.events.boundary.EventAdministration;
import dk.helhed.events.boundary.SignupExpiry;
import dk.helhed.events.entity.EventPlan;
import dk.helhed.events.entity.Signup;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.messaging.boundary.Dispatcher;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Role;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.privacy.boundary.Retention;
import dk.helhed.signin.boundary.SecondFactors;
import dk.helhed.signin.control.Passwords;
import dk.helhed.signin.control.Totp;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Lets integration tests seed their own data, move the clock, generate slots and dispatch now. Only the test deployment contains
 * this class; the application has no such endpoint.
 */
@Path("test-support")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestSupportResource {
    @PersistenceContext
    EntityManager em;
    @Inject
    AdjustableTimeSource clock;
    @Inject
    Dispatcher dispatcher;
    @Inject
    Outbox outbox;
    @Inject
    SlotGeneration slotGeneration;

    @Inject
    AdjustableCodeBudget codeBudget;

    /** The hourly budget of SMS codes for all numbers; without {@code perHour}, the configured one again. */
    @PUT
    @Path("sms-code-budget")
    public JsonObject setCodeBudget(@QueryParam("perHour") Integer perHour) {
        codeBudget.set(perHour);
        return Json.createObjectBuilder().add("perHour", codeBudget.perHour()).build();
    }

    @PUT
    @Path("clock")
    public JsonObject setClock(@QueryParam("at") String at) {
        if (at == null || at.isBlank()) {
            clock.reset();
        } else {
            clock.set(Instant.parse(at));
        }
        return Json.createObjectBuilder().add("now", clock.now().toString()).build();
    }

    @Inject
    Booking booking;

    @POST
    @Path("release-holds")
    public JsonObject releaseHolds() {
        return Json.createObjectBuilder().add("released", booking.releaseExpiredHolds()).build();
    }

    @POST
    @Path("dispatch")
    public JsonObject dispatch() {
        return Json.createObjectBuilder().add("handled", dispatcher.dispatchDue()).build();
    }

    /**
     * A fresh place with one adviser and one free slot starting at {@code start}; the adviser speaks
     * {@code languages} (ISO 639-1 codes, comma-separated, e.g. da,ar), or none given.
     */
    @POST
    @Path("slots")
    @Transactional
    public JsonObject slot(@QueryParam("start") String start, @QueryParam("minutes") int minutes,
                           @QueryParam("languages") String languages, @QueryParam("nextTo") Long nextTo) {
        var adviser = nextTo == null ? freshAdviser(languages) : sameAs(em.find(AppointmentSlot.class, nextTo));
        Instant from = Instant.parse(start);
        var slot = persist(new AppointmentSlot(adviser.adviser(), adviser.place(),
                new TimeWindow(from, from.plus(Duration.ofMinutes(minutes == 0 ? 45 : minutes)))));
        em.flush();
        return Json.createObjectBuilder().add("id", slot.id()).add("place", adviser.place().code())
                .add("placeName", adviser.place().name()).build();
    }

    /**
     * A fresh place with one adviser who has weekly hours there every day, 10:00-12:00 in 45-minute slots, from
     * today on; the slots come from slot generation.
     */
    @POST
    @Path("weekly-hours")
    @Transactional
    public JsonObject weeklyHours(@QueryParam("languages") String languages) {
        var seeded = freshAdviser(languages);
        LocalDate today = LocalDate.now(clock.zone());
        for (DayOfWeek day : DayOfWeek.values()) {
            persist(new Availability(seeded.adviser(), seeded.place(), day, LocalTime.of(10, 0), LocalTime.of(12, 0),
                    Duration.ofMinutes(45), today, null));
        }
        em.flush();
        return Json.createObjectBuilder().add("place", seeded.place().code())
                .add("adviser", seeded.adviser().id()).build();
    }

    /** The adviser is away, on holiday, from one day to another (both included). */
    @POST
    @Path("absences")
    @Transactional
    public JsonObject absence(@QueryParam("adviser") long adviser, @QueryParam("from") String from,
                              @QueryParam("until") String until) {
        persist(AvailabilityException.days(em.find(Adviser.class, adviser), LocalDate.parse(from),
                LocalDate.parse(until), AvailabilityException.Reason.HOLIDAY));
        return Json.createObjectBuilder().add("adviser", adviser).build();
    }

    @POST
    @Path("generate-slots")
    public JsonObject generateSlots() {
        return Json.createObjectBuilder().add("made", slotGeneration.extend()).build();
    }

    @Inject
    Passwords passwords;

    @Inject
    AccessLog accessLog;

    @Inject
    SecondFactors factors;

    @Inject
    Sealing sealing;

    /** A staff account; with {@code adviserOfSlot}, it belongs to that slot's adviser. */
    @POST
    @Path("accounts")
    @Transactional
    public JsonObject account(@QueryParam("email") String email, @QueryParam("password") String password,
                              @QueryParam("roles") String roles, @QueryParam("adviserOfSlot") Long slotId,
                              @QueryParam("secondFactor") @jakarta.ws.rs.DefaultValue("true") boolean secondFactor) {
        Person person = slotId == null ? null : em.find(AppointmentSlot.class, slotId).adviser().person();
        var set = EnumSet.noneOf(Role.class);
        for (String role : roles.split(",")) {
            set.add(Role.valueOf(role.strip()));
        }
        var account = new Account(email, "Staff " + email, passwords.hash(password), person, set, clock.now());
        persist(account);
        if (secondFactor && factors.required(set.stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet()))) {
            // staff have enrolled their second factor, as their first sign-in makes them
            account.enrolSecondFactor(sealing.seal(Totp.newSecret()), 0, clock.now());
        }
        return Json.createObjectBuilder().add("email", email).build();
    }

    @GET
    @Path("access-log")
    @Transactional
    public JsonObject accessLog(@QueryParam("subject") String subject) {
        return Json.createObjectBuilder().add("entries", accessLog.count(subject)).build();
    }

    @GET
    @Path("outbox")
    @Transactional
    public JsonArray outbox(@QueryParam("topic") String topic) {
        var rows = Json.createArrayBuilder();
        outbox.about(topic).forEach(m -> rows.add(Json.createObjectBuilder()
                .add("id", m.id()).add("kind", m.kind().name()).add("channel", m.channel().name())
                .add("to", m.recipient()).add("status", m.status().name()).add("due", m.dueAt().toString())
                .add("attempts", m.attempts())
                .add("providerId", m.providerId() == null ? "" : m.providerId())
                .add("error", m.lastError() == null ? "" : m.lastError())
                .add("stored", m.body()).add("text", outbox.text(m))));
        return rows.build();
    }

    /** A waiting SMS written with its text in clear, as versions before sealing wrote them: {id}. */
    @POST
    @Path("outbox/in-clear")
    @Transactional
    public JsonObject inClear(@QueryParam("topic") String topic, @QueryParam("text") String text) {
        var now = clock.now();
        var outgoing = new Outgoing(topic, MessageKind.REMINDER, ChannelKind.SMS, "+4520000000", null, text,
                now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(8)),
                Outgoing.dedupeKey(topic, MessageKind.REMINDER, ChannelKind.SMS, now));
        var row = new OutboxMessage(outgoing, text, now);
        em.persist(row);
        em.flush();
        return Json.createObjectBuilder().add("id", row.id()).build();
    }

    private record Seeded(Place place, Adviser adviser) {
    }

    /** A fresh place and an adviser there who speaks {@code languages} (e.g. "da,ar"), or none given. */
    /** The place and adviser of an existing slot, for another slot beside it. */
    private Seeded sameAs(AppointmentSlot slot) {
        return new Seeded(slot.place(), slot.adviser());
    }

    private Seeded freshAdviser(String languages) {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        var plan = em.createQuery("select p from SocialPlan p where p.code = 'it'", SocialPlan.class)
                .getResultStream().findFirst().orElseGet(() -> persist(new SocialPlan("it", "Testplanen")));
        var place = persist(new Place(plan, code, "Pavillonen " + code, null));
        var org = persist(new Organisation(plan, code, "Organisation " + code));
        var adviser = persist(new Adviser(persist(new Person("Adviser " + code, null, null, org)),
                languages == null || languages.isBlank() ? List.of()
                        : Arrays.stream(languages.split(",")).map(SpokenLanguage::new).toList()));
        return new Seeded(place, adviser);
    }

    /** What the application stored for a booking: the name as typed, the language, the status and the attendance. */
    @GET
    @Path("appointments/{reference}")
    public JsonObject appointment(@PathParam("reference") String reference) {
        var a = em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class).setParameter("reference", reference)
                .getSingleResult();
        return Json.createObjectBuilder().add("name", a.residentName()).add("language", a.language().tag())
                .add("status", a.status().name())
                .add("attendance", a.attendance() == null ? "" : a.attendance().name())
                .add("phone", a.residentPhone()).add("email", a.residentEmail().orElse(""))
                .add("note", a.note() == null ? "" : a.note()).add("erased", a.erased()).build();
    }

    /** What is stored about a sign-up, found by its reference. */
    @GET
    @Path("signups/{reference}")
    @Transactional
    public JsonObject signup(@PathParam("reference") String reference) {
        var s = em.createQuery("select s from Signup s where s.reference = :reference", Signup.class)
                .setParameter("reference", reference).getSingleResult();
        return Json.createObjectBuilder().add("name", s.contact().name()).add("phone", s.contact().phone())
                .add("email", s.contact().email().orElse("")).add("language", s.contact().language().tag())
                .add("status", s.status().name()).add("erased", s.erased()).build();
    }

    @Inject
    Retention retention;

    /** Runs the retention job now (with the clock as set). */
    @POST
    @Path("retention")
    public JsonObject retention() {
        var erased = retention.run();
        return Json.createObjectBuilder().add("appointments", erased.appointments())
                .add("eventSignups", erased.eventSignups()).add("homeworkSeats", erased.homeworkSeats())
                .add("messages", erased.messages()).add("codes", erased.codes()).build();
    }

    @Inject
    EventAdministration events;
    @Inject
    SignupExpiry signupExpiry;

    /** A fresh place for events. */
    @POST
    @Path("places")
    @Transactional
    public JsonObject place() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        var plan = em.createQuery("select p from SocialPlan p where p.code = 'it'", SocialPlan.class)
                .getResultStream().findFirst().orElseGet(() -> persist(new SocialPlan("it", "Testplanen")));
        var place = persist(new Place(plan, code, "Kvindecaféen " + code, null));
        em.flush();
        return Json.createObjectBuilder().add("code", code).add("name", place.name()).build();
    }

    /** Creates events as a coordinator would, without signing in (the coordinator API's security is tested apart). */
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject createEvents(EventPlan.Draft draft) {
        var created = events.create(draft).events();
        var list = Json.createArrayBuilder();
        created.forEach(e -> list.add(Json.createObjectBuilder().add("id", e.id())
                .add("start", e.startsAt().toString()).add("end", e.endsAt().toString())
                .add("signupDeadline", e.signupDeadline().toString())));
        var json = Json.createObjectBuilder().add("events", list);
        if (created.get(0).seriesId() != null) {
            json.add("seriesId", created.get(0).seriesId());
        }
        return json.build();
    }

    /** The coordinator's list: who has a place, and who is in line in which position. */
    @GET
    @Path("events/{id}/participants")
    public JsonObject participants(@PathParam("id") long id) {
        var found = events.participants(id);
        var places = Json.createArrayBuilder();
        found.withPlace().forEach(s -> places.add(participant(s)));
        var line = Json.createArrayBuilder();
        found.waitlist().inOrder().forEach(s -> line.add(participant(s)
                .add("position", found.waitlist().position(s).getAsInt())));
        return Json.createObjectBuilder().add("participants", places).add("waitlist", line).build();
    }

    @POST
    @Path("events/{id}/cancel")
    public JsonObject cancelEvent(@PathParam("id") long id) {
        return Json.createObjectBuilder().add("status", events.cancel(id).status().name()).build();
    }

    @POST
    @Path("events/{id}/messages")
    public JsonObject announce(@PathParam("id") long id, @QueryParam("text") String text) {
        return Json.createObjectBuilder().add("recipients", events.announce(id, text, false)).build();
    }

    @POST
    @Path("expire-signups")
    public JsonObject expireSignups() {
        return Json.createObjectBuilder().add("changed", signupExpiry.run()).build();
    }

    private static jakarta.json.JsonObjectBuilder participant(Signup s) {
        return Json.createObjectBuilder().add("reference", s.reference()).add("name", s.contact().name())
                .add("phone", s.contact().phone()).add("status", s.status().name()).add("verified", s.verified());
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
