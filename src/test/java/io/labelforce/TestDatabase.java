package io.labelforce;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL of a test run (or of {@code spring-boot:test-run}), chosen in this order:
 * <ol>
 * <li>{@code LABELFORCE_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}): a server that is already running;
 * the run creates a database of its own there and drops it when the JVM exits;</li>
 * <li>Testcontainers, where a Docker engine answers;</li>
 * <li>an embedded PostgreSQL from Maven Central binaries (io.zonky.test).</li>
 * </ol>
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    static final String IMAGE = "postgres:18-alpine";

    /** How old a test database must be, with no sessions, to count as left behind by a killed run. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(6);

    private static volatile @Nullable TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase get() {
        TestDatabase database = instance;
        if (database == null) {
            synchronized (TestDatabase.class) {
                database = instance;
                if (database == null) {
                    database = start();
                    instance = database;
                }
            }
        }
        return database;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Another empty database on the same server, dropped at exit: for a test that must start from nothing. */
    public String newEmptyDatabase() {
        return freshDatabaseOn(url, username, password).url();
    }

    private static TestDatabase start() {
        String external = System.getenv("LABELFORCE_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return freshDatabaseOn(
                    external, env("LABELFORCE_TEST_DB_USER", "postgres"), env("LABELFORCE_TEST_DB_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start();
            log.info("Test database: Testcontainers {}", IMAGE);
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            // our hook stops it, after the application contexts are done with it (the library's own would race them)
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // as below: let the application contexts, closing in their own hooks, finish with it first
                awaitNoSessions(url, "postgres", "", "postgres", 15_000);
                try {
                    postgres.close();
                } catch (Exception e) {
                    log.warn("Could not stop the embedded PostgreSQL", e);
                }
            }));
            log.info("Test database: embedded PostgreSQL on port {}", postgres.getPort());
            return new TestDatabase(url, "postgres", "");
        } catch (Exception e) {
            throw new IllegalStateException("No PostgreSQL for the tests: set LABELFORCE_TEST_DB_URL", e);
        }
    }

    /** A database of this run's own on a shared server, so no test sees what another run left there. */
    private static TestDatabase freshDatabaseOn(String serverUrl, String user, String password) {
        String name = "labelforce_test_"
                + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        dropAbandonedDatabases(serverUrl, user, password);
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // the application contexts close in their own shutdown hooks, at the same time as this one: give
            // them a moment to finish with the database (and release their connections) before it goes
            awaitNoSessions(serverUrl, user, password, name, 15_000);
            execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
        }));
        String url = serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        log.info("Test database: {} (dropped at exit)", url);
        return new TestDatabase(url, user, password);
    }

    /**
     * A run that was killed never dropped its database. Databases of this naming scheme older than
     * {@link #ABANDONED_AFTER} and without sessions are such leftovers: no test run lasts that long.
     */
    private static void dropAbandonedDatabases(String url, String user, String password) {
        LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minus(ABANDONED_AFTER);
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("""
                        select datname from pg_database d where datname like 'labelforce\\_test\\_%'
                        and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)
                        """)) {
            List<String> abandoned = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.split("_", -1);
                try {
                    if (parts.length == 4
                            && LocalDateTime.parse(parts[2], stamp).isBefore(cutoff)) {
                        abandoned.add(name);
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // not one of ours
                }
            }
            for (String name : abandoned) {
                statement.execute("drop database if exists " + name);
                log.info("Dropped the abandoned test database {}", name);
            }
        } catch (SQLException e) {
            log.warn("Could not look for abandoned test databases", e);
        }
    }

    private static void awaitNoSessions(String url, String user, String password, String database, long millis) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                java.sql.PreparedStatement sessions = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            sessions.setString(1, database);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofMillis(millis))
                    .pollDelay(java.time.Duration.ZERO)
                    .pollInterval(java.time.Duration.ofMillis(100))
                    .until(() -> {
                        try (java.sql.ResultSet rs = sessions.executeQuery()) {
                            return rs.next() && rs.getInt(1) == 0;
                        }
                    });
        } catch (SQLException e) {
            log.warn("Could not watch the sessions of {}", database, e);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the caller drops the database anyway (with force); a session that lingers only delays that
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql + " on " + url, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
