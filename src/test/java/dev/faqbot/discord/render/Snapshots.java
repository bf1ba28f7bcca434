package dev.faqbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Compares a message, as the JSON that JDA sends to Discord, with a stored file under
 * {@code src/test/resources/snapshots/discord/}. A missing file is written and the test fails once, so that
 * someone looks at it; {@code -Dsnapshots.update=true} rewrites them all after an intended change.
 */
public final class Snapshots {

    private static final Path FOLDER = Path.of("src", "test", "resources", "snapshots", "discord");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Snapshots() {
    }

    public static void assertMatches(String name, MessageCreateData message) throws IOException {
        String actual = json(message);
        Path file = FOLDER.resolve(name + ".json");
        if (Boolean.getBoolean("snapshots.update") || !Files.exists(file)) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("snapshots.update")) {
                fail("new snapshot written to " + file + ": check it, commit it and run again");
            }
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "snapshot " + file);
    }

    /** Stable JSON: keys sorted, indented, one trailing newline. */
    static String json(MessageCreateData message) throws JsonProcessingException {
        Object tree = JSON.readValue(message.toData().toString(), Object.class);
        return JSON.writeValueAsString(tree) + "\n";
    }
}
