package dk.helhed.storage;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseRefusalsTest {
    @Test
    void aDeadlockOrLockWaitIsATransientConflictTheClientMayRetry() {
        assertThat(DatabaseRefusals.transientConflict(new SQLException("Deadlock found", "40001", 1213))).isTrue();
        assertThat(DatabaseRefusals.transientConflict(new SQLException("Lock wait timeout", "HY000", 1205))).isTrue();
        assertThat(DatabaseRefusals.transientConflict(new SQLTransactionRollbackException("rolled back"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseRefusals.transientConflict(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(DatabaseRefusals.transientConflict(new SQLException("no state"))).isFalse();
        assertThat(DatabaseRefusals.transientConflict(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void aViolatedConstraintIsFoundBeneathTheWrappers() {
        var duplicate = new SQLException("Duplicate entry", "23000", 1062);
        assertThat(DatabaseRefusals.constraintViolated(new RuntimeException(new IllegalStateException(duplicate))))
                .isTrue();
        assertThat(DatabaseRefusals.constraintViolated(new SQLException("Deadlock found", "40001", 1213))).isFalse();
        assertThat(DatabaseRefusals.constraintViolated(new SQLException("no state"))).isFalse();
    }

    @Test
    @DisplayName("a lost deadlock or lock wait skips the shift as BUSY; any other failure is not swallowed")
    void transientConflicts() {
        assertThat(DatabaseRefusals.transientConflict(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found", "40001", 1213)))).isTrue();
        assertThat(DatabaseRefusals.transientConflict(new PersistenceException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))).isTrue();
        assertThat(DatabaseRefusals.transientConflict(new PersistenceException(
                new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(DatabaseRefusals.transientConflict(new IllegalStateException("bug"))).isFalse();
    }
}
