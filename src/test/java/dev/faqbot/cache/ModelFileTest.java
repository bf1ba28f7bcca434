package dev.faqbot.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.classify.BgeSmallEncoder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence model read from an uncompressed copy in the cache folder, instead of inflated from the jar. */
class ModelFileTest {

    private static final String MODEL = BgeSmallEncoder.MODEL_FILE;

    @TempDir
    Path cache;

    @Test
    void theCopy_holdsTheJarsBytes_andIsNamedByTheirChecksum() throws Exception {
        JarEntry entry = entry();

        Path copy = Path.of(ModelFile.uncompressed(cache, MODEL).orElseThrow());

        assertEquals(cache.resolve(ModelFile.FOLDER), copy.getParent());
        assertEquals(String.format("bge-small-en-v1.5-q-%08x.onnx", entry.getCrc()), copy.getFileName().toString());
        assertEquals(entry.getSize(), Files.size(copy));
        assertEquals(entry.getCrc(), crc(copy));
        try (var files = Files.list(copy.getParent())) {
            assertEquals(List.of(copy), files.toList(), "no partial file is left behind");
        }
    }

    @Test
    void aGoodCopy_isReused() throws Exception {
        Path copy = Path.of(ModelFile.uncompressed(cache, MODEL).orElseThrow());
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);

        assertEquals(copy.toString(), ModelFile.uncompressed(cache, MODEL).orElseThrow());
        assertEquals(written, Files.getLastModifiedTime(copy));
    }

    @Test
    void aDamagedCopy_isReplaced_neverRead() throws Exception {
        Path copy = Path.of(ModelFile.uncompressed(cache, MODEL).orElseThrow());
        byte[] damaged = Files.readAllBytes(copy);
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(copy, damaged);
        assertNotEquals(entry().getCrc(), crc(copy));

        ModelFile.uncompressed(cache, MODEL);

        assertEquals(entry().getCrc(), crc(copy));
    }

    @Test
    void theCopyAnEarlierJarLeft_isRemoved_whenTheNewOneIsMade() throws Exception {
        Path folder = Files.createDirectories(cache.resolve(ModelFile.FOLDER));
        Path earlier = Files.writeString(folder.resolve("bge-small-en-v1.5-q-0badc0de.onnx"), "an older model");
        Path unrelated = Files.writeString(folder.resolve("notes.txt"), "kept");

        Path copy = Path.of(ModelFile.uncompressed(cache, MODEL).orElseThrow());

        assertTrue(Files.isRegularFile(copy));
        assertFalse(Files.exists(earlier));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void aFolderThatCannotBeWritten_leavesTheJarsModel() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("occupied"), "a file where the folder would be");

        assertEquals(Optional.empty(), ModelFile.uncompressed(notAFolder, MODEL));
        assertEquals(Optional.empty(), ModelFile.uncompressed(cache, "no-such-model.onnx"));
    }

    /**
     * The vectors cached on disk were made by langchain4j's own model, inflated from the jar (ONNX Runtime's default
     * options, both cores for one text): the copy, run on one core a text, must give the very same ones, and so must
     * an encoder whose copy cannot be read (it falls back to the jar's).
     */
    @Test
    void theCopy_givesExactlyTheVectorsOfTheModelInTheJar() {
        EmbeddingModel jars = new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
        BgeSmallEncoder fromCopy = new BgeSmallEncoder(ModelFile.uncompressed(cache, MODEL));
        BgeSmallEncoder unreadable = new BgeSmallEncoder(Optional.of(cache.resolve("missing.onnx").toString()));
        for (String text : List.of("what are MSCs", "is NurOwn approved? kindly advise, my father has MND since 2022")) {
            float[] expected = jars.embed(text).content().vector();
            assertArrayEquals(expected, fromCopy.encode(text), 0f, text);
            assertArrayEquals(expected, unreadable.encode(text), 0f, text);
        }
        assertTrue(fromCopy.modelId().startsWith("bge-small-en-v1.5-q"));
    }

    private static JarEntry entry() throws Exception {
        return ((JarURLConnection) ModelFileTest.class.getClassLoader().getResource(MODEL).openConnection())
                .getJarEntry();
    }

    private static long crc(Path file) throws Exception {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            crc.update(in.readAllBytes());
        }
        return crc.getValue();
    }
}
