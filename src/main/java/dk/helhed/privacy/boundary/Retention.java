package dk.helhed.privacy.boundary;

import dk.helhed.appointments.boundary.AppointmentPersonalData;
import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.events.boundary.SignupPersonalData;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.privacy.control.RetentionPolicy;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.boundary.Verifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Personal data has an end: each capability erases its own past rows' personal data ({@link RetentionPolicy} says
 * when), each in a transaction of its own, and keeps what the plan's reports need. The rows stay, so they can still
 * be counted. Run by {@link RetentionJob}; running it twice erases nothing twice.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    RetentionPolicy policy;

    @Inject
    AppointmentPersonalData appointments;

    @Inject
    SignupPersonalData signups;

    @Inject
    Outbox outbox;

    @Inject
    Verifications verifications;

    @Inject
    AccessLog accessLog;

    @Inject
    TimeSource time;

    /** How many rows of each kind had their personal data erased in one run. */
    public record Erased(int appointments, int eventSignups, int homeworkSeats, int messages, int codes,
                         int logEntries) {
        int total() {
            return appointments + eventSignups + homeworkSeats + messages + codes + logEntries;
        }
    }

    public Erased run() {
        Instant now = time.now();
        Instant unverified = now.minus(policy.unverified());
        var erased = new Erased(
                appointments.erase(now.minus(policy.appointments()), unverified),
                signups.eraseEnded(true, now.minus(policy.events())) + signups.eraseUnverified(unverified),
                signups.eraseEnded(false, now.minus(policy.homework())),
                outbox.eraseSettledBefore(now.minus(policy.messages())),
                verifications.forgetExpired(unverified),
                accessLog.forgetBefore(now.minus(policy.accessLog())));
        if (erased.total() > 0) {
            LOG.info("Retention: personal data erased from " + erased);
            accessLog.recordAlone("-", "ERASED", erased.toString());
        }
        int sealed = outbox.sealWaiting();
        if (sealed > 0) {
            LOG.info(() -> "Retention: " + sealed + " waiting messages written in clear before texts were sealed are "
                    + "now sealed");
        }
        return erased;
    }
}
