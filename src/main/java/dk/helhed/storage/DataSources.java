package dk.helhed.storage;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

import java.sql.Connection;

/**
 * The application's database, chosen by configuration alone: H2 by default, MySQL through Connector/J when
 * {@code HELHED_DB_*} says so. The non-transactional twin serves Flyway, Quartz and the outbox's books (each dispatch
 * worker holds one of its connections for a batch), which commit on their own.
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
                    DataSources.CACHE_SQL_LIMIT, DataSources.UNTRACKED, DataSources.LOCAL_STATE, DataSources.ISOLATION_ONCE,
                    DataSources.VALIDATE, DataSources.VALIDATE_BY, DataSources.VALIDATOR, DataSources.VALIDATE_EVERY,
                    DataSources.FAIL_ALL, DataSources.NO_MATCHING}),
        @DataSourceDefinition(name = DataSources.NON_JTA, transactional = false,
                className = "${MPCONFIG=helhed.db.class}", url = "${MPCONFIG=helhed.db.url}",
                user = "${MPCONFIG=helhed.db.user}", password = "${MPCONFIG=helhed.db.password}",
                minPoolSize = 1, maxPoolSize = 40, isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
                properties = {DataSources.CACHE_STATEMENTS, DataSources.CACHE_SIZE,
                    DataSources.CACHE_SQL_LIMIT, DataSources.UNTRACKED, DataSources.LOCAL_STATE, DataSources.ISOLATION_ONCE,
                    DataSources.VALIDATE, DataSources.VALIDATE_BY, DataSources.VALIDATOR, DataSources.VALIDATE_EVERY,
                    DataSources.FAIL_ALL, DataSources.NO_MATCHING})
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
     * The driver keeps the session's state (autocommit, isolation) itself ({@code useLocalSessionState}), and the
     * pool sets READ COMMITTED once, on each new connection: without them, every transaction ended with a
     * {@code SELECT @@session.tx_isolation} round trip, and every checkout could add one (six of a sign-up's 22
     * statements). That round trip was also what found a connection a restarted database had dropped (without it
     * the pool handed out dead connections for good), so the pool now validates connections itself
     * ({@code isValid}, a ping), at most once every two seconds per connection, and drops all of them when one fails
     * (scripts/drills, database-restart).
     */
    static final String CACHE_STATEMENTS = "cachePrepStmts=true";
    static final String CACHE_SIZE = "prepStmtCacheSize=250";
    static final String CACHE_SQL_LIMIT = "prepStmtCacheSqlLimit=2048";
    static final String UNTRACKED = "dontTrackOpenResources=true";
    static final String LOCAL_STATE = "useLocalSessionState=true";
    static final String ISOLATION_ONCE = "fish.payara.is-isolation-level-guaranteed=false";
    static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATE_BY = "fish.payara.connection-validation-method=custom-validation";
    static final String VALIDATOR =
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation";
    static final String VALIDATE_EVERY = "fish.payara.validate-atmost-once-period-in-seconds=2";
    static final String FAIL_ALL = "fish.payara.fail-all-connections=true";
    /**
     * Every connection of a pool has the same user, so the pool need not ask each idle connection whether its
     * credentials match the caller's before handing it out (Payara's default for {@code @DataSourceDefinition}):
     * that check reads the credentials under a lock that 64 parallel sign-ups queued on (scripts/bench, JFR).
     */
    static final String NO_MATCHING = "fish.payara.match-connections=false";
}
