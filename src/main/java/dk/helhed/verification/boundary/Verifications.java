package dk.helhed.verification.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.control.CodeBudget;
import dk.helhed.verification.control.CodeBudgetAlert;
import dk.helhed.verification.control.SpentTries;
import dk.helhed.verification.entity.PhoneVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends and checks SMS codes for anything a resident books online. Runs inside the caller's transaction, so the
 * code's SMS is queued exactly when the thing it verifies is written. At most a few codes per number per hour, a
 * few holds (codes started) per number per day, and a budget of codes an hour for all numbers together
 * ({@link CodeBudget}): past it, holds are refused (429) and the coordinators are told ({@link CodeBudgetAlert}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Verifications {
    private static final String BUDGET = "sms-codes";
    @PersistenceContext
    EntityManager em;

    @Inject
    RateLimits limits;

    @Inject
    Outbox outbox;

    @Inject
    TimeSource time;

    @Inject
    SpentTries tries;

    @Inject
    CodeBudget budget;

    @Inject
    CodeBudgetAlert alert;

    @Inject
    @ConfigProperty(name = "helhed.verification.holds-per-phone-per-day", defaultValue = "10")
    int holdsPerPhonePerDay;

    @Inject
    @ConfigProperty(name = "helhed.verification.resend-cooldown-seconds", defaultValue = "60")
    long cooldownSeconds;

    @Inject
    @ConfigProperty(name = "helhed.verification.codes-per-phone-per-hour", defaultValue = "5")
    int codesPerPhonePerHour;

    public void start(String topic, String phone, Language language) {
        spend(phone);
        limits.take("holds-phone:" + phone, holdsPerPhonePerDay, Duration.ofDays(1));
        var issued = PhoneVerification.start(topic, phone, time.now());
        em.persist(issued.verification());
        send(issued.verification(), issued.code(), language);
    }

    public void resend(String topic, Language language) {
        var verification = find(topic);
        String code = verification.resend(time.now(), Duration.ofSeconds(cooldownSeconds));
        spend(verification.phone());
        send(verification, code, language);
    }

    /** One code to this number: within its own limit and the hour's budget for all numbers. */
    private void spend(String phone) {
        if (limits.reached(BUDGET, budget.perHour(), Duration.ofHours(1))) {
            try {
                alert.raise(budget.perHour());
            } catch (RuntimeException toldAtTheSameMoment) {
                // two refusals at once both wrote the alert: the other one's stands (the same dedupe key)
            }
            throw Refusal.tooMany("verification.busy");
        }
        limits.take("phone:" + phone, codesPerPhonePerHour, Duration.ofHours(1));
        limits.record(BUDGET);
    }

    /**
     * Checks the code, in the caller's transaction: a refusal rolls back all the caller did, but a wrong code still
     * spends a try (counted on its own, {@link SpentTries}), so guessing stays limited.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verify(String topic, String code) {
        var verification = find(topic);
        int before = verification.tries();
        try {
            verification.check(code, time.now());
        } catch (Refusal refusal) {
            if (verification.tries() > before) {
                tries.spend(verification.id());
            }
            throw refusal;
        }
    }

    public boolean verified(String topic) {
        return find(topic).verified();
    }

    private PhoneVerification find(String topic) {
        return em.createNamedQuery(PhoneVerification.BY_TOPIC, PhoneVerification.class).setParameter("topic", topic)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("verification.unknown"));
    }

    private void send(PhoneVerification v, String code, Language language) {
        String body = Texts.text(language, "message.verification.sms", code,
                PhoneVerification.CODE_LIFETIME.toMinutes());
        outbox.enqueue(List.of(new Outgoing(v.topic(), MessageKind.VERIFICATION, ChannelKind.SMS, v.phone(), null,
                body, time.now(), v.expiresAt(),
                Outgoing.dedupeKey(v.topic(), MessageKind.VERIFICATION, ChannelKind.SMS, v.lastSentAt())
                        + ":" + v.sends())));
    }

    /** How many SMS codes are kept for this phone (E.164): their times and phone; the codes only hashed. */
    @Transactional
    public long about(String phone) {
        return em.createQuery("select count(v) from PhoneVerification v where v.phone = :phone", Long.class)
                .setParameter("phone", phone).getSingleResult();
    }

    /** Forgets every code sent to this phone, at its owner's request; answers how many. */
    @Transactional
    public int forget(String phone) {
        return em.createQuery("delete from PhoneVerification v where v.phone = :phone").setParameter("phone", phone)
                .executeUpdate();
    }

    /** Forgets the codes (and their phone numbers) that expired before {@code before}: no one can use them. */
    @Transactional
    public int forgetExpired(Instant before) {
        return em.createQuery("delete from PhoneVerification v where v.expiresAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
