package dk.helhed.web;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {
    @Test
    void aDeadlockOrLockWaitIsATransientConflictTheClientMayRetry() {
        assertThat(ProblemMappers.transientConflict(new SQLException("Deadlock found", "40001", 1213))).isTrue();
        assertThat(ProblemMappers.transientConflict(new SQLException("Lock wait timeout", "HY000", 1205))).isTrue();
        assertThat(ProblemMappers.transientConflict(new SQLTransactionRollbackException("rolled back"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(ProblemMappers.transientConflict(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(ProblemMappers.transientConflict(new SQLException("no state"))).isFalse();
        assertThat(ProblemMappers.transientConflict(new IllegalStateException("x"))).isFalse();
    }
}
