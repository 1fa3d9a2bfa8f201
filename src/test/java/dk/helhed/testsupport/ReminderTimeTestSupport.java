package dk.helhed.testsupport;

import dk.helhed.messaging.boundary.DispatchJob;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.control.OutboxLedger;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
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
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * ReminderTimeIT's view of a topic's outbox rows with the instants that matter across daylight-saving changes and
 * outages: when each row was due, when it expires (the appointment's start) and when it was settled (sent, or
 * cancelled), with the reason. Only the test deployment contains this class.
 */
@Path("test-support/reminder-time")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReminderTimeTestSupport {
    @PersistenceContext
    EntityManager em;
    @Inject
    Outbox outbox;

    @Inject
    OutboxLedger ledger;
    @Inject
    AdjustableTimeSource clock;

    /**
     * A dispatcher that dies mid-batch: moves the clock to {@code at}, claims what is due there under the usual
     * lease, marks the rows of {@code handedOver} channel as handed over (as if that one was on its way when the node
     * was killed), and then does nothing more. Returns the claimed row ids.
     */
    @POST
    @Path("abandoned-claim")
    public JsonArray abandonedClaim(@QueryParam("at") String at, @QueryParam("handedOver") String handedOver,
                                    @QueryParam("leaseSeconds") long leaseSeconds) {
        clock.set(Instant.parse(at));
        var claimed = ledger.claim(clock.now(), 500, Duration.ofSeconds(leaseSeconds));
        var ids = Json.createArrayBuilder();
        for (var envelope : claimed.envelopes()) {
            if (envelope.channel() == ChannelKind.valueOf(handedOver)) {
                ledger.handOver(envelope.id(), claimed.token());
            }
            ids.add(envelope.id());
        }
        return ids.build();
    }

    @GET
    @Path("outbox")
    @Transactional
    public JsonArray outbox(@QueryParam("topic") String topic) {
        var rows = Json.createArrayBuilder();
        for (var m : outbox.about(topic)) {
            Object expires = em.createNativeQuery("SELECT expires_at FROM outbox_message WHERE id = ?")
                    .setParameter(1, m.id()).getSingleResult();
            rows.add(Json.createObjectBuilder()
                    .add("id", m.id()).add("kind", m.kind().name()).add("channel", m.channel().name())
                    .add("to", m.recipient()).add("status", m.status().name()).add("due", m.dueAt().toString())
                    .add("expires", instant(expires).toString())
                    .add("settled", m.settledAt() == null ? "" : m.settledAt().toString())
                    .add("error", m.lastError() == null ? "" : m.lastError()));
        }
        return rows.build();
    }

    /**
     * Stops ({@code running=false}) or restarts the dispatcher's own job, so that a test can line messages up and
     * dispatch them itself in one known run; stopping waits until a run in progress is over. The trigger is paused in
     * Quartz's tables, and every boot registers it afresh (unpaused).
     */
    @POST
    @Path("dispatch-job")
    public JsonObject dispatchJob(@QueryParam("running") boolean running) throws Exception {
        Scheduler scheduler = SchedulerRepository.getInstance().lookup("helhed");
        var key = TriggerKey.triggerKey(DispatchJob.NAME);
        if (running) {
            scheduler.resumeTrigger(key);
        } else {
            scheduler.pauseTrigger(key);
            Instant until = Instant.now().plusSeconds(60);
            while (scheduler.getCurrentlyExecutingJobs().stream()
                    .anyMatch(j -> j.getJobDetail().getKey().getName().equals(DispatchJob.NAME))) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("the dispatcher's run did not end within a minute");
                }
                Thread.sleep(50);
            }
        }
        return Json.createObjectBuilder().add("state", scheduler.getTriggerState(key).name()).build();
    }

    /**
     * The evening's reminders in small: {@code count} reminder SMS due now, to numbers no test uses (+45 39 ...),
     * filed under one topic, which is returned.
     */
    @POST
    @Path("reminder-burst")
    @Transactional
    public JsonObject reminderBurst(@QueryParam("count") int count) {
        String topic = "burst:" + UUID.randomUUID();
        Instant now = clock.now();
        List<Outgoing> reminders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reminders.add(new Outgoing(topic, MessageKind.REMINDER, ChannelKind.SMS,
                    String.format("+4539%06d", ThreadLocalRandom.current().nextInt(1_000_000)),
                    null, "Husk din aftale i morgen kl. 10:00. Ref. A-BURST" + i, now, now.plus(Duration.ofDays(1)),
                    topic + ":" + i));
        }
        outbox.enqueue(reminders);
        return Json.createObjectBuilder().add("topic", topic).build();
    }

    private static Instant instant(Object column) {
        if (column instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected column type " + column.getClass());
    }
}
