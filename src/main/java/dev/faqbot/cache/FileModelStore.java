package dev.faqbot.cache;

import dev.faqbot.classify.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained models on disk ({@code model-<key>.bin} in the cache folder), written through a temporary file so a
 * crash never leaves half a model. Only the {@code keep} most recently used models stay: each edit of the
 * knowledge base makes a new one.
 */
public final class FileModelStore implements ModelStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileModelStore.class);
    private static final String PREFIX = "model-";
    private static final String SUFFIX = ".bin";

    private final Path folder;
    private final int keep;

    public FileModelStore(Path folder, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("the model cache must keep at least one model: " + keep);
        }
        this.folder = folder;
        this.keep = keep;
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = file(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // used: keep it longest
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("could not read the cached model {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, byte[] model) {
        Path file = file(key);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try {
                Files.write(temporary, model);
                FileVectorStore.move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            prune();
        } catch (IOException e) {
            LOG.warn("could not write the model cache {}: {} (the model will be trained again next time)", file,
                    e.toString());
        }
    }

    private void prune() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(folder)) {
            models = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(FileModelStore::modified).reversed()).toList();
        }
        for (Path old : models.subList(Math.min(keep, models.size()), models.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path file(String key) {
        if (!key.matches("[A-Za-z0-9_-]{1,100}")) {
            throw new IllegalArgumentException("a model key is letters, digits, _ and - only: " + key);
        }
        return folder.resolve(PREFIX + key + SUFFIX);
    }
}
