package dk.helhed.audit.boundary;

import dk.helhed.audit.entity.AccessLogEntry;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Records access to residents' records in the same transaction as the access itself. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessLog {
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    public void record(String actor, String action, String subject) {
        em.persist(new AccessLogEntry(time.now(), actor, action, subject));
    }

    public long count(String subject) {
        return em.createQuery("select count(e) from AccessLogEntry e where e.subject = :subject", Long.class)
                .setParameter("subject", subject).getSingleResult();
    }
}
