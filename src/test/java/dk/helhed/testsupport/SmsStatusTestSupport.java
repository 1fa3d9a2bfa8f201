package dk.helhed.testsupport;

import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.messaging.entity.SmsStatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * For SmsStatusIT: SMS outbox rows to chosen numbers, written in one transaction as a capability would, and one row
 * as stored, with the status callbacks recorded for it.
 */
@Path("test-support/sms-status")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SmsStatusTestSupport {
    @PersistenceContext
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    AdjustableTimeSource clock;

    /** One SMS to each of {@code to} (comma-separated), due now: {topic, ids: [...] in the order given}. */
    @POST
    @Path("messages")
    @Transactional
    public JsonObject enqueue(@QueryParam("to") String to) {
        String topic = "sms-status:" + UUID.randomUUID().toString().substring(0, 8);
        var now = clock.now();
        var phones = Arrays.stream(to.split(",")).map(String::strip).toList();
        outbox.enqueue(phones.stream().map(phone -> new Outgoing(topic, MessageKind.CONFIRMATION, ChannelKind.SMS,
                phone, null, "Din kode er 123456. Hilsen Helhed", now, now.plus(Duration.ofDays(1)),
                Outgoing.dedupeKey(topic, MessageKind.CONFIRMATION, ChannelKind.SMS, now) + ":" + phone)).toList());
        em.flush();
        var ids = Json.createArrayBuilder();
        var rows = outbox.about(topic);
        phones.forEach(phone -> ids.add(rows.stream().filter(r -> r.recipient().equals(phone)).findFirst()
                .orElseThrow().id()));
        return Json.createObjectBuilder().add("topic", topic).add("ids", ids).build();
    }

    /** Cancels what has not gone yet of a topic, as a cancelled booking does: {cancelled: n}. */
    @POST
    @Path("messages/cancel")
    @Transactional
    public JsonObject cancel(@QueryParam("topic") String topic) {
        return Json.createObjectBuilder().add("cancelled", outbox.cancel(topic, "cancelled by the test")).build();
    }

    @GET
    @Path("messages/{id}")
    @Transactional
    public JsonObject message(@PathParam("id") long id) {
        var m = em.find(OutboxMessage.class, id);
        if (m == null) {
            throw new NotFoundException();
        }
        var events = em.createNamedQuery(SmsStatusEvent.OF_MESSAGE, SmsStatusEvent.class).setParameter("id", id)
                .getResultList();
        var list = Json.createArrayBuilder();
        events.forEach(e -> list.add(Json.createObjectBuilder().add("sid", e.messageSid())
                .add("status", e.messageStatus()).add("applied", e.applied())
                .add("errorCode", e.errorCode() == null ? "" : e.errorCode())));
        return Json.createObjectBuilder().add("id", m.id()).add("to", m.recipient())
                .add("status", m.status().name()).add("due", m.dueAt().toString()).add("attempts", m.attempts())
                .add("providerId", m.providerId() == null ? "" : m.providerId())
                .add("providerStatus", m.providerStatus() == null ? "" : m.providerStatus().name())
                .add("body", outbox.text(m))
                .add("error", m.lastError() == null ? "" : m.lastError())
                .add("settled", m.settledAt() == null ? "" : m.settledAt().toString())
                .add("events", list).build();
    }
}
