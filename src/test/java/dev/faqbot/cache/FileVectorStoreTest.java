package dev.faqbot.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVectorStoreTest {

    private static final String MODEL = "test-model/v1";

    @TempDir
    Path folder;

    @Test
    void vectorsWritten_areReadBackByTheNextProcess() {
        FileVectorStore first = new FileVectorStore(folder, 100);
        first.putAll(MODEL, Map.of("what are mscs", new float[] {0.6f, 0.8f}, "hello", new float[] {1, 0}));
        first.flush();

        FileVectorStore second = new FileVectorStore(folder, 100);
        assertArrayEquals(new float[] {0.6f, 0.8f}, second.get(MODEL, "what are mscs").orElseThrow());
        assertArrayEquals(new float[] {1, 0}, second.get(MODEL, "hello").orElseThrow());
        assertTrue(second.get(MODEL, "never embedded").isEmpty());
    }

    @Test
    void anotherModel_neverGetsTheseVectors() {
        FileVectorStore store = new FileVectorStore(folder, 100);
        store.putAll(MODEL, Map.of("hello", new float[] {1, 0}));
        store.flush();

        assertTrue(new FileVectorStore(folder, 100).get("other-model", "hello").isEmpty());
    }

    @Test
    void aDamagedFile_isIgnored_andRewrittenOnTheNextFlush() throws Exception {
        FileVectorStore store = new FileVectorStore(folder, 100);
        store.putAll(MODEL, Map.of("hello", new float[] {1, 0}));
        store.flush();
        Path file = store.file(MODEL);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3)); // cut short, as by a crash

        FileVectorStore reread = new FileVectorStore(folder, 100);
        assertTrue(reread.get(MODEL, "hello").isEmpty());
        reread.putAll(MODEL, Map.of("hello", new float[] {0, 1}));
        reread.flush();
        assertArrayEquals(new float[] {0, 1}, new FileVectorStore(folder, 100).get(MODEL, "hello").orElseThrow());
    }

    @Test
    void overTheLimit_theVectorsThisProcessUsedAreKept() {
        FileVectorStore old = new FileVectorStore(folder, 3);
        Map<String, float[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            many.put("old " + i, new float[] {i});
        }
        old.putAll(MODEL, many);
        old.flush();

        FileVectorStore next = new FileVectorStore(folder, 3);
        next.get(MODEL, "old 2");
        next.putAll(MODEL, Map.of("new 1", new float[] {7}, "new 2", new float[] {8}));
        next.flush();

        FileVectorStore after = new FileVectorStore(folder, 3);
        assertTrue(after.get(MODEL, "old 2").isPresent());
        assertTrue(after.get(MODEL, "new 1").isPresent());
        assertTrue(after.get(MODEL, "new 2").isPresent());
        assertFalse(after.get(MODEL, "old 0").isPresent());
    }

    @Test
    void aFolderThatCannotBeWritten_costsOnlyTheCache() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        FileVectorStore store = new FileVectorStore(notAFolder.resolve("sub"), 10);
        store.putAll(MODEL, Map.of("hello", new float[] {1}));

        store.flush(); // logs a warning, never throws

        assertEquals(1, store.get(MODEL, "hello").orElseThrow().length);
    }

    @Test
    void aLimitBelowOne_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FileVectorStore(folder, 0));
    }
}
