package dk.helhed.messaging.boundary;

import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.SmsSegments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

/**
 * The development inbox: what residents would have received, while SMTP or Twilio is not configured. Answers 404
 * as soon as both are, so it can never show real messages in production.
 */
@Path("dev/messages")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DevMessagesResource {
    @PersistenceContext
    EntityManager em;

    @Inject
    Channels channels;

    @Inject
    Outbox outbox;

    /** One message; for an SMS also its encoding and segment count, to see what a template costs. */
    public record DevMessage(Long id, String channel, String kind, String to, String subject, String body,
                             String status, Instant due, Instant settled, String encoding, Integer segments) {

        static DevMessage of(OutboxMessage m, String body) {
            var sms = m.channel() == ChannelKind.SMS ? SmsSegments.of(body) : null;
            return new DevMessage(m.id(), m.channel().name(), m.kind().name(), m.recipient(), m.subject(), body,
                    m.status().name(), m.dueAt(), m.settledAt(), sms == null ? null : sms.encoding().name(),
                    sms == null ? null : sms.count());
        }
    }

    @GET
    @Operation(summary = "Messages delivered to the development inbox (only when SMTP or Twilio is not configured)")
    public List<DevMessage> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        var kinds = channels.inDevelopment();
        if (kinds.isEmpty()) {
            throw new NotFoundException();
        }
        return em.createNamedQuery(OutboxMessage.RECENT_ON, OutboxMessage.class)
                .setParameter("channels", kinds)
                .setMaxResults(Math.max(1, Math.min(500, limit)))
                .getResultStream()
                .map(m -> DevMessage.of(m, outbox.text(m)))
                .toList();
    }
}
