package dk.helhed.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Deletes a row unless something still refers to it: the foreign keys decide, so a reference added later in any
 * capability is respected without this knowing of it. The delete runs in a transaction of its own, so a refused one
 * leaves the caller's transaction as it was (to retire the row instead).
 */
@ApplicationScoped
public class Removal {
    @PersistenceContext
    EntityManager em;

    @Inject
    Removal self;

    /** One row to delete: its entity type and id. */
    public record Row(Class<?> type, Object id) {
    }

    /** Whether the row is deleted now (true), or kept because something refers to it (false: nothing changed). */
    public boolean unlessReferenced(Class<?> type, Object id) {
        return unlessReferenced(List.of(new Row(type, id)));
    }

    /** Whether every row is deleted now, in this order (true), or all kept because something refers to one. */
    public boolean unlessReferenced(List<Row> rows) {
        try {
            self.delete(rows);
            return true;
        } catch (RuntimeException e) {
            if (DatabaseRefusals.constraintViolated(e)) {
                return false;
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(List<Row> rows) {
        for (var r : rows) {
            var row = em.find(r.type(), r.id());
            if (row != null) {
                em.remove(row);
                em.flush();
            }
        }
    }
}
