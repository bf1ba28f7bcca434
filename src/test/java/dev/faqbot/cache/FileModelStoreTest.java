package dev.faqbot.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModelStoreTest {

    @TempDir
    Path folder;

    @Test
    void aModelPut_isThereForTheNextProcess() {
        new FileModelStore(folder, 4).put("classifier-abc123", new byte[] {1, 2, 3});

        assertArrayEquals(new byte[] {1, 2, 3}, new FileModelStore(folder, 4).get("classifier-abc123").orElseThrow());
        assertTrue(new FileModelStore(folder, 4).get("classifier-other").isEmpty());
    }

    @Test
    void onlyTheMostRecentlyUsedModels_areKept() throws Exception {
        FileModelStore store = new FileModelStore(folder, 2);
        store.put("a", new byte[] {1});
        age(folder.resolve("model-a.bin"), 30);
        store.put("b", new byte[] {2});
        age(folder.resolve("model-b.bin"), 20);

        store.put("c", new byte[] {3});

        assertEquals(2, count());
        assertTrue(store.get("a").isEmpty());
        assertTrue(store.get("b").isPresent());
        assertTrue(store.get("c").isPresent());
    }

    @Test
    void aKeyThatIsNotAPlainName_isRefused() {
        FileModelStore store = new FileModelStore(folder, 2);
        assertThrows(IllegalArgumentException.class, () -> store.put("../escape", new byte[] {1}));
    }

    @Test
    void aFolderThatCannotBeWritten_costsOnlyTheCache() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        FileModelStore store = new FileModelStore(notAFolder.resolve("sub"), 2);

        store.put("a", new byte[] {1}); // logs a warning, never throws

        assertTrue(store.get("a").isEmpty());
    }

    private static void age(Path file, int minutes) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - minutes * 60_000L));
    }

    private long count() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bin")).count();
        }
    }
}
