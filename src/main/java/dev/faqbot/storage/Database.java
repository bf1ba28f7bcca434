package dev.faqbot.storage;

import dev.faqbot.config.Settings;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database behind the store: a SQLite file (the default) or PostgreSQL, opened from the settings, with its
 * schema brought up to date by Flyway ({@code db/migration/common} plus the vendor's own folder). The password
 * comes from the settings or the environment and is never part of {@link #describe()}.
 */
final class Database {

    /** The two kinds of database the store runs on. */
    enum Vendor { SQLITE, POSTGRESQL }

    static final String USER_VARIABLE = "FAQBOT_DB_USER";
    static final String PASSWORD_VARIABLE = "FAQBOT_DB_PASSWORD";
    private static final int SQLITE_BUSY_MILLIS = 10_000;

    private final Vendor vendor;
    private final DataSource source;
    private final String described;

    private Database(Vendor vendor, DataSource source, String described) {
        this.vendor = vendor;
        this.source = source;
        this.described = described;
    }

    /** Opens the database the settings name; a SQLite file and its folder are created (owner-only) if missing. */
    static Database open(Settings.Storage settings, Map<String, String> environment) {
        Objects.requireNonNull(settings, "settings");
        String url = settings.effectiveUrl();
        if (url.startsWith("jdbc:sqlite:")) {
            return sqlite(url);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            String user = environment.getOrDefault(USER_VARIABLE, settings.user());
            String password = environment.getOrDefault(PASSWORD_VARIABLE, settings.password());
            if (!user.isEmpty()) {
                source.setUser(user);
            }
            if (!password.isEmpty()) {
                source.setPassword(password);
            }
            return new Database(Vendor.POSTGRESQL, source, withoutSecrets(url));
        }
        throw new IllegalArgumentException("storage.url must be a jdbc:sqlite: or jdbc:postgresql: URL, not "
                + withoutSecrets(url));
    }

    private static Database sqlite(String url) {
        String file = url.substring("jdbc:sqlite:".length()).split("\\?", 2)[0];
        if (!file.isEmpty() && !file.startsWith(":memory:") && !file.startsWith("file:")) {
            createPrivately(Path.of(file));
        }
        SQLiteConfig config = new SQLiteConfig();
        // Readers (faqbot stats, /faq-admin) never wait for the writer, and a second writer waits its turn.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(SQLITE_BUSY_MILLIS);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return new Database(Vendor.SQLITE, source, url);
    }

    /** The file holds health questions: readable by its owner only (SQLite gives its WAL files the same mode). */
    private static void createPrivately(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // an existing store: fine
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the database file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates or updates the tables; safe to run on every start and from several processes at once. */
    Database migrate() {
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration/common",
                            "classpath:db/migration/" + vendor.name().toLowerCase(java.util.Locale.ROOT))
                    .load()
                    .migrate();
            return this;
        } catch (FlywayException e) {
            // Flyway's message runs over several lines of detail; the first says what went wrong.
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw new IllegalStateException("cannot prepare the database " + described + ": " + reason, e);
        }
    }

    Connection connect() throws SQLException {
        return source.getConnection();
    }

    Vendor vendor() {
        return vendor;
    }

    /** The URL without user, password or any other parameter: safe to log. */
    String describe() {
        return described;
    }

    static String withoutSecrets(String url) {
        String noParameters = url.split("\\?", 2)[0];
        // jdbc:postgresql://user:secret@host/db: drop everything before the @
        return noParameters.replaceFirst("//[^/@]*@", "//");
    }
}
