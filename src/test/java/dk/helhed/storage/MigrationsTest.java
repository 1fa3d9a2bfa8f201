package dk.helhed.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Migrations that carry rows over, run on H2 (as the development database) from the version before them. */
class MigrationsTest {
    private final JdbcDataSource database = new JdbcDataSource();

    MigrationsTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    }

    @Test
    void aRowMarkedHandedOverInLastErrorGetsItsHandedOverAtAndAnEmptyLastError() throws SQLException {
        migrateTo("17");
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(outboxRow(1, "SENDING", "'2026-12-06 15:15:00'",
                    "'handed to its channel; no outcome recorded yet'"));
            s.executeUpdate(outboxRow(2, "SENDING", "'2026-12-06 15:15:00'", "NULL"));
            s.executeUpdate(outboxRow(3, "RETRY", "NULL", "'SMTP 451: try again later'"));
        }
        migrateTo("18");
        try (Connection c = database.getConnection(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT id, handed_over_at, last_error FROM outbox_message ORDER BY id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).startsWith("2026-12-06 15:15:00");
            assertThat(rows.getString(3)).isNull();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).as("claimed, not handed over").isNull();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isNull();
            assertThat(rows.getString(3)).isEqualTo("SMTP 451: try again later");
        }
    }

    @Test
    void everyMigrationRunsOnH2AsScriptsRunUsesIt() {
        var result = Flyway.configure(getClass().getClassLoader()).dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("table_options", "")).load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(25);
    }

    private void migrateTo(String version) {
        Flyway.configure(getClass().getClassLoader()).dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("table_options", "")).target(MigrationVersion.fromVersion(version))
                .load().migrate();
    }

    private static String outboxRow(long id, String status, String leaseUntil, String lastError) {
        return """
                INSERT INTO outbox_message (id, dedupe_key, topic, kind, channel, recipient, body, due_at, expires_at,
                status, attempts, lease_until, last_error, created_at, priority)
                VALUES (%d, 'key-%d', 'topic', 'REMINDER', 'SMS', '+4512345678', 'text', '2026-12-06 15:00:00',
                '2026-12-07 15:00:00', '%s', 1, %s, %s, '2026-12-06 15:00:00', 1)""".formatted(id, id, status,
                leaseUntil, lastError);
    }
}
