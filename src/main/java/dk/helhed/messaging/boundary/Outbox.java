package dk.helhed.messaging.boundary;

import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.OutboxStatus;
import dk.helhed.messaging.entity.OutboxTransition;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where capabilities leave messages, inside their own transaction: a message exists exactly when the change it
 * tells about was committed. Sending is the dispatcher's business.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {
    static final String ERASED = "(erased after the retention period)";
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    Sealing seal;

    @Inject
    Plan plan;

    /**
     * Keeps the messages, their texts sealed ({@link Sealing}): a waiting reminder holds a manage link. A text's
     * {@link Outgoing#SENDER} becomes the plan's name for messages.
     */
    public void enqueue(List<Outgoing> messages) {
        var now = time.now();
        String sender = null;
        for (var m : messages) {
            String body = m.body();
            if (body != null && body.contains(Outgoing.SENDER)) {
                if (sender == null) {
                    sender = plan.words().map(Plan.Words::senderName).orElse("Helhed");
                }
                body = body.replace(Outgoing.SENDER, sender);
            }
            em.persist(new OutboxMessage(m, seal.seal(body), now));
        }
    }

    /** What is wrong with the key that seals texts (for readiness), or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> sealProblem() {
        return seal.problem();
    }

    /** A message's text as it will be sent, or a note that this node cannot open it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String text(OutboxMessage message) {
        return seal.open(message.body()).orElse("(" + Sealing.UNOPENED + ")");
    }

    /**
     * Seals the texts of waiting messages that were written in clear (before texts were sealed); answers how many.
     */
    @Transactional
    public int sealWaiting() {
        var waiting = em.createNamedQuery(OutboxMessage.WAITING_IN_CLEAR, OutboxMessage.class)
                .setParameter("waiting", OutboxTransition.CLAIM.from()).getResultList();
        waiting.forEach(m -> m.sealBody(seal.seal(m.body())));
        return waiting.size();
    }

    /** Cancels what has not gone yet, including a message claimed but not yet handed over. */
    public int cancel(String topic, String why) {
        return em.createNamedQuery(OutboxMessage.CANCEL_TOPIC)
                .setParameter("now", time.now())
                .setParameter("why", why)
                .setParameter("topic", topic)
                .setParameter("waiting", OutboxTransition.CANCEL.from())
                .setParameter("cancelled", OutboxTransition.CANCEL.to())
                .executeUpdate();
    }

    /** Cancels what has not gone yet of some kinds only (a moved event's reminders, not its confirmation). */
    public int cancel(String topic, Set<MessageKind> kinds, String why) {
        return em.createNamedQuery(OutboxMessage.CANCEL_TOPIC_KINDS)
                .setParameter("now", time.now())
                .setParameter("why", why)
                .setParameter("topic", topic)
                .setParameter("kinds", kinds)
                .setParameter("waiting", OutboxTransition.CANCEL.from())
                .setParameter("cancelled", OutboxTransition.CANCEL.to())
                .executeUpdate();
    }

    /** A message as held about its recipient: never its text (a waiting one holds a manage link). */
    public record Held(String kind, String channel, String status, Instant due) {
    }

    /** Every message to this phone (E.164) or e-mail address, by due time (a data subject's request). */
    public List<Held> to(String recipient) {
        return em.createNamedQuery(OutboxMessage.TO, OutboxMessage.class)
                .setParameter("recipient", recipient.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().map(m -> new Held(m.kind().name(), m.channel().name(), m.status().name(),
                        m.dueAt())).toList();
    }

    /**
     * Forgets a phone or address at its owner's request: what waits to go to it is cancelled (never a message
     * claimed and handed over), and every settled message to it loses recipient, subject and text. Answers how many
     * rows were erased.
     */
    public int forget(String recipient) {
        var now = time.now();
        String address = recipient.toLowerCase(java.util.Locale.ROOT);
        em.createNamedQuery(OutboxMessage.CANCEL_TO).setParameter("now", now)
                .setParameter("why", "erased at the person's request").setParameter("recipient", address)
                .setParameter("waiting", OutboxTransition.CANCEL.from())
                .setParameter("cancelled", OutboxTransition.CANCEL.to()).executeUpdate();
        return em.createNamedQuery(OutboxMessage.ERASE_TO).setParameter("erased", ERASED).setParameter("now", now)
                .setParameter("recipient", address)
                .setParameter("settled", Arrays.stream(OutboxStatus.values()).filter(OutboxStatus::settled).toList())
                .executeUpdate();
    }

    /**
     * Forgets every message about one thing (an appointment, a sign-up) at its person's request, whatever address
     * it went to: what waits is cancelled, and every settled one loses recipient, subject and text.
     */
    public void forgetTopic(String topic) {
        cancel(topic, "erased at the person's request");
        em.createNamedQuery(OutboxMessage.ERASE_TOPIC).setParameter("erased", ERASED).setParameter("now", time.now())
                .setParameter("topic", topic)
                .setParameter("settled", Arrays.stream(OutboxStatus.values()).filter(OutboxStatus::settled).toList())
                .executeUpdate();
    }

    /**
     * Messages of a topic still waiting to go to {@code from} go to {@code to} instead (a corrected phone); with no
     * {@code to} (an e-mail address taken away) they are cancelled.
     */
    public void readdress(String topic, String from, String to) {
        if (from == null || from.equals(to)) {
            return;
        }
        if (to == null) {
            em.createQuery("""
                            update OutboxMessage m set m.status = :cancelled, m.settledAt = :now, m.lastError = :why
                            where m.topic = :topic and m.recipient = :from and m.status in :waiting""")
                    .setParameter("cancelled", OutboxTransition.CANCEL.to()).setParameter("now", time.now())
                    .setParameter("why", "the address was taken away at the person's request")
                    .setParameter("topic", topic).setParameter("from", from)
                    .setParameter("waiting", OutboxTransition.CLAIM.from()).executeUpdate();
            return;
        }
        em.createNamedQuery(OutboxMessage.READDRESS).setParameter("topic", topic).setParameter("from", from)
                .setParameter("to", to).setParameter("waiting", OutboxTransition.CLAIM.from()).executeUpdate();
    }

    public List<OutboxMessage> about(String topic) {
        return em.createNamedQuery(OutboxMessage.BY_TOPIC, OutboxMessage.class).setParameter("topic", topic)
                .getResultList();
    }

    /**
     * Erases recipient, subject and text of settled messages due before {@code before} (they are history); the row
     * stays, with kind, channel, status and times. Answers how many rows were erased.
     */
    @Transactional
    public int eraseSettledBefore(Instant before) {
        return em.createNamedQuery(OutboxMessage.ERASE_SETTLED).setParameter("erased", ERASED)
                .setParameter("now", time.now()).setParameter("before", before)
                .setParameter("settled", Arrays.stream(OutboxStatus.values()).filter(OutboxStatus::settled).toList())
                .executeUpdate();
    }
}
