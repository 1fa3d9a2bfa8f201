package dk.helhed.storage;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

import java.sql.Connection;

/**
 * The application's database, chosen by configuration alone: H2 by default, MySQL through Connector/J when
 * {@code HELHED_DB_*} says so. The non-transactional twin serves Flyway and Quartz, which commit on their own.
 * <p>
 * READ COMMITTED, not MySQL's REPEATABLE READ: the dispatcher's {@code FOR UPDATE SKIP LOCKED} would otherwise take
 * gap locks that deadlock with bookings inserting new due messages (seen in the tests). Nothing here relies on
 * repeatable reads: capacity is guarded by conditional updates and unique constraints.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(name = DataSources.JTA,
                className = "${MPCONFIG=helhed.db.class}", url = "${MPCONFIG=helhed.db.url}",
                user = "${MPCONFIG=helhed.db.user}", password = "${MPCONFIG=helhed.db.password}",
                minPoolSize = 2, maxPoolSize = 40, isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
                properties = {DataSources.CACHE_STATEMENTS, DataSources.CACHE_SIZE,
                    DataSources.CACHE_SQL_LIMIT, DataSources.UNTRACKED}),
        @DataSourceDefinition(name = DataSources.NON_JTA, transactional = false,
                className = "${MPCONFIG=helhed.db.class}", url = "${MPCONFIG=helhed.db.url}",
                user = "${MPCONFIG=helhed.db.user}", password = "${MPCONFIG=helhed.db.password}",
                minPoolSize = 1, maxPoolSize = 10, isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
                properties = {DataSources.CACHE_STATEMENTS, DataSources.CACHE_SIZE,
                    DataSources.CACHE_SQL_LIMIT, DataSources.UNTRACKED})
})
@Singleton
public class DataSources {
    public static final String JTA = "java:app/jdbc/helhed";
    public static final String NON_JTA = "java:app/jdbc/helhedNonTx";
    /**
     * Connector/J settings, measured with scripts/bench (BENCHMARKS.md); other drivers ignore them. It keeps the
     * parsed form of each connection's statements instead of parsing the SQL text again for every new prepared
     * statement (a fifth of the outbox record's CPU in a profile). And it does not keep a list of each connection's
     * open statements: Payara 6.2025.10's EclipseLink (4.0.7) leaves the statement of every insert with a generated
     * id unclosed (eclipse-ee4j/eclipselink#2366), so that list grew by five statements, their result sets and bind
     * values, per sign-up, for as long as the pooled connection lived: 451 MB of heap still live after a full GC,
     * and ever more CPU in the list's copy-on-write adds (BENCHMARKS.md, (e)). Statements here are prepared on the
     * client and their results read whole, so a statement nobody closes holds nothing on the server and is
     * collected like any other object.
     * <p>
     * Not {@code useLocalSessionState}: it saves the pool's isolation check on every checkout (six round trips a
     * sign-up), but that check is also what finds a connection the database dropped; without it, a restarted
     * database left the pool handing out dead connections for good (scripts/drills, database-restart).
     */
    static final String CACHE_STATEMENTS = "cachePrepStmts=true";
    static final String CACHE_SIZE = "prepStmtCacheSize=250";
    static final String CACHE_SQL_LIMIT = "prepStmtCacheSqlLimit=2048";
    static final String UNTRACKED = "dontTrackOpenResources=true";
}
