package dk.helhed.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets unverified holds go and passes unanswered offers on. One transaction per sign-up, so one that fails (and is
 * tried again next run) holds up no other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SignupExpiry {
    private static final Logger LOG = Logger.getLogger(SignupExpiry.class.getName());

    @Inject
    SignupChanges changes;

    /** Returns how many sign-ups it changed. */
    public int run() {
        return each(changes.dueHolds(), changes::expireHold) + each(changes.dueOffers(), changes::lapseOffer);
    }

    private static int each(List<Long> ids, LongPredicate change) {
        int changed = 0;
        for (long id : ids) {
            try {
                changed += change.test(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sign-up " + id + " could not be let go now; next run tries again", e);
            }
        }
        return changed;
    }
}
