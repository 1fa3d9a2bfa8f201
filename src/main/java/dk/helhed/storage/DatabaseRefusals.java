package dk.helhed.storage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.function.Supplier;

/** What the database's refusals mean, read from the SQL state however deeply the driver and JPA wrapped it. */
public final class DatabaseRefusals {
    private DatabaseRefusals() {
    }

    /**
     * Persists the row and flushes it, so that a unique constraint settles a race the checks before it could not see:
     * a violation becomes {@code refusal} (what the person is told), anything else is thrown as it came.
     */
    public static void insert(EntityManager em, Object row, Supplier<? extends RuntimeException> refusal) {
        try {
            em.persist(row);
            em.flush();
        } catch (PersistenceException e) {
            if (constraintViolated(e)) {
                throw refusal.get();
            }
            throw e;
        }
    }

    /** An integrity constraint (unique, foreign key) refused the row: SQL state class 23. */
    public static boolean constraintViolated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A deadlock or lock wait that rolled the whole transaction back (40001, MariaDB's 1213 and 1205): nothing was
     * written, and trying again is safe.
     */
    public static boolean transientConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().equals("40001")
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }
}
