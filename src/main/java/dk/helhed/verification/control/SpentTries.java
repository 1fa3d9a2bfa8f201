package dk.helhed.verification.control;

import dk.helhed.verification.entity.PhoneVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A wrong code spends one of the code's tries, and that must hold even though the request that brought it fails
 * and rolls back everything else it did: so the try is counted in a transaction of its own, by one update.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SpentTries {
    @PersistenceContext
    EntityManager em;

    public void spend(long verificationId) {
        em.createNamedQuery(PhoneVerification.SPEND_TRY).setParameter("id", verificationId).executeUpdate();
    }
}
