package dev.faqbot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faqbot.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void describe_neverShowsAUserOrPassword() {
        assertEquals("jdbc:postgresql://db.example:5432/faqbot",
                Database.withoutSecrets("jdbc:postgresql://db.example:5432/faqbot?user=bot&password=s3cret"));
        assertEquals("jdbc:postgresql://db.example/faqbot",
                Database.withoutSecrets("jdbc:postgresql://bot:s3cret@db.example/faqbot"));
        Database database = Database.open(new Settings.Storage("jdbc:postgresql://db.example/faqbot?password=s3cret",
                "bot", "other", 10, 10), Map.of(Database.PASSWORD_VARIABLE, "fromenv"));
        assertFalse(database.describe().contains("s3cret") || database.describe().contains("fromenv"));
        assertEquals(Database.Vendor.POSTGRESQL, database.vendor());
    }

    @Test
    void anEmptyUrl_isASqliteFileBesideTheBot() {
        assertEquals("jdbc:sqlite:data/faqbot.db", Settings.Storage.DEFAULT.effectiveUrl());
    }

    @Test
    void anotherKindOfDatabase_isRefusedWithoutShowingItsSecrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.open(
                Settings.Storage.at("jdbc:mysql://db/faqbot?password=s3cret"), Map.of()));
        assertEquals("storage.url must be a jdbc:sqlite: or jdbc:postgresql: URL, not jdbc:mysql://db/faqbot",
                e.getMessage());
    }

    @Test
    void anUnreachableDatabase_failsAtStartWithWhatAndWhere() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Store.open(
                Settings.Storage.at("jdbc:postgresql://127.0.0.1:1/faqbot?password=s3cret"), Map.of(),
                java.time.Clock.systemUTC()));
        assertEquals(true, e.getMessage().startsWith("cannot prepare the database jdbc:postgresql://127.0.0.1:1/faqbot: "),
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
    }
}
