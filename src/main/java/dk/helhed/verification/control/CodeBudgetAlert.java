package dk.helhed.verification.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Role;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.boundary.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Tells the coordinators, by e-mail, that the hour's budget of SMS codes is spent and residents are being turned
 * away from online booking: once an hour at most, in a transaction of its own (the refused hold rolls back).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CodeBudgetAlert {
    private static final Logger LOG = Logger.getLogger(CodeBudgetAlert.class.getName());
    private static final String SENT = "sms-budget-alert";
    private static final Language LANG = Language.DA;

    @Inject
    RateLimits limits;

    @Inject
    People people;

    @Inject
    Outbox outbox;

    @Inject
    TimeSource time;

    public void raise(int perHour) {
        if (limits.reached(SENT, 1, Duration.ofHours(1))) {
            return;
        }
        limits.record(SENT);
        Instant now = time.now();
        LOG.warning("The budget of " + perHour + " SMS codes an hour is spent: online holds are refused until the"
                + " hour has passed (helhed.verification.codes-per-hour)");
        String topic = "sms-budget:" + now.truncatedTo(ChronoUnit.HOURS);
        Object[] args = {perHour};
        outbox.enqueue(people.emailsOf(Role.COORDINATOR).stream().map(email -> new Outgoing(topic, MessageKind.ALERT,
                ChannelKind.EMAIL, email, Texts.text(LANG, "message.sms-budget.subject", args),
                Texts.text(LANG, "message.sms-budget.email", args), now, now.plus(Duration.ofHours(6)),
                topic + ":" + email)).toList());
    }
}
