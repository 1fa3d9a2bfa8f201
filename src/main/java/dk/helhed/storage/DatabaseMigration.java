package dk.helhed.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Flyway owns the schema. One set of portable scripts serves H2 and MySQL; the few words that differ are
 * placeholders, and Quartz's own DDL comes per vendor.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSources.NON_JTA)
    DataSource dataSource;

    private volatile boolean applied;

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .placeholders(placeholders(vendor))
                .load()
                .migrate();
        LOG.info(() -> "Database schema (" + vendor + ") at version " + result.targetSchemaVersion);
        applied = true;
    }

    public boolean applied() {
        return applied;
    }

    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("h2") ? "h2" : "mysql";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> placeholders(String vendor) {
        return Map.of("table_options", vendor.equals("mysql")
                ? "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci" : "");
    }
}
