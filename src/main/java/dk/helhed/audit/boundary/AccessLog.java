package dk.helhed.audit.boundary;

import dk.helhed.audit.entity.AccessLogEntry;
import dk.helhed.time.TimeSource;
import dk.helhed.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Records access to personal data, in the same transaction as the access itself, and security events, with the
 * address the request came from (none for a job). Admins search it ({@link #search}); it is kept
 * {@code helhed.retention.access-log-days} (privacy's retention erases older entries).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessLog {
    private static final int MOST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    ClientAddress address;

    @Inject
    HttpServletRequest request;

    public void record(String actor, String action, String subject) {
        em.persist(new AccessLogEntry(time.now(), cut(actor, 254), cut(action, 40), cut(subject, 120), from()));
    }

    /** Cut to the column's size: an entry is never refused (a sign-in never fails) for a long address. */
    private static String cut(String text, int most) {
        return text == null || text.length() <= most ? text : text.substring(0, most);
    }

    /**
     * The signed-in person looked at or took away personal data (a list, a page, an export): logged in the
     * transaction there is, or one of its own.
     */
    @Transactional
    public void viewed(String action, String subject) {
        record(signedIn(), action, subject);
    }

    /** An event with no transaction of its own to join (a job's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String subject) {
        record(actor, action, subject);
    }

    public long count(String subject) {
        return em.createQuery("select count(e) from AccessLogEntry e where e.subject = :subject", Long.class)
                .setParameter("subject", subject).getSingleResult();
    }

    /** Entries about any of these subjects (e.g. an appointment's topic, "account:" and an address), newest first. */
    public List<Seen> about(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from AccessLogEntry e where e.subject in :subjects order by e.at desc, e.id desc",
                AccessLogEntry.class).setParameter("subjects", subjects).setMaxResults(MOST).getResultStream()
                .map(e -> new Seen(e.at(), e.actor(), e.action(), e.subject())).toList();
    }

    /** An entry as shown to the person it is about (without the address it came from). */
    public record Seen(Instant at, String actor, String action, String subject) {
    }

    /** A search by any of who, what and about what (exact), newest first, at most 500. */
    public record Search(String actor, String action, String subject, Instant from, Instant until) {
    }

    public List<AccessLogEntry> search(Search search) {
        var query = em.createQuery("""
                select e from AccessLogEntry e where (:actor is null or e.actor = :actor)
                and (:action is null or e.action = :action) and (:subject is null or e.subject = :subject)
                and e.at >= :from and e.at < :until order by e.at desc, e.id desc""", AccessLogEntry.class)
                .setParameter("actor", blankIsNull(search.actor())).setParameter("action", blankIsNull(search.action()))
                .setParameter("subject", blankIsNull(search.subject()))
                .setParameter("from", search.from()).setParameter("until", search.until());
        return query.setMaxResults(MOST).getResultList();
    }

    /** Forgets entries older than {@code before}; answers how many. */
    @Transactional
    public int forgetBefore(Instant before) {
        return em.createNamedQuery(AccessLogEntry.FORGET_BEFORE).setParameter("before", before).executeUpdate();
    }

    private String signedIn() {
        try {
            var principal = request.getUserPrincipal();
            return principal == null ? "-" : principal.getName();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return "-";
        }
    }

    private String from() {
        try {
            return address.current();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
