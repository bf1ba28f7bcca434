package dev.faqbot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a stored file under {@code src/test/resources/snapshots/}. A missing file is written and the
 * test fails once, so that someone looks at it; {@code -Dsnapshots.update=true} rewrites them after an intended
 * change.
 */
public final class TextSnapshots {

    private static final Path FOLDER = Path.of("src", "test", "resources", "snapshots");

    private TextSnapshots() {
    }

    /** @param name the file's path under the snapshots folder, e.g. {@code chart/stats-chart-data.txt} */
    public static void assertMatches(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("snapshots.update") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("snapshots.update")) {
                fail("new snapshot written to " + file + ": check it, commit it and run again");
            }
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "snapshot " + file);
    }
}
