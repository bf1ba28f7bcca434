package dev.faqbot.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learning log on disk: one JSON object per line, appended; rewritten (to a temporary file, then renamed
 * over the old one) to drop expired entries or keep under the size cap. A line that cannot be read, such as one
 * cut short by a crash, is skipped. One process per file: the lock is this object's, not the file's.
 */
final class LearningFile {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path path;
    private final long maxBytes;

    LearningFile(Path path, long maxBytes) {
        this.path = Objects.requireNonNull(path, "path");
        if (maxBytes < 1_024) {
            throw new IllegalArgumentException("the learning log size cap must be at least 1 KB: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    Path path() {
        return path;
    }

    synchronized void append(LearningEntry entry) {
        try {
            createPrivately();
            Files.writeString(path, JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            if (Files.size(path) > maxBytes) {
                // Drop the oldest down to three quarters, so the next appends do not rewrite the file each time.
                keepNewest(maxBytes * 3 / 4);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the learning log " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every readable entry, oldest first; none when the file does not exist. */
    synchronized List<LearningEntry> read() {
        if (!Files.exists(path)) {
            return List.of();
        }
        try {
            List<LearningEntry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                parse(line).ifPresent(entries::add);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the learning log " + path + ": " + e.getMessage(), e);
        }
    }

    /** Removes entries from before {@code cutoff}; returns how many went. */
    synchronized int dropBefore(Instant cutoff) {
        List<LearningEntry> all = read();
        List<LearningEntry> kept = all.stream().filter(e -> !e.time().isBefore(cutoff)).toList();
        if (kept.size() < all.size()) {
            rewrite(kept);
        }
        return all.size() - kept.size();
    }

    private void keepNewest(long budget) {
        List<LearningEntry> all = read();
        List<String> lines = new ArrayList<>();
        long size = 0;
        for (int i = all.size() - 1; i >= 0; i--) {
            String line = write(all.get(i));
            size += line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (size > budget) {
                break;
            }
            lines.add(0, line);
        }
        rewriteLines(lines);
    }

    private void rewrite(List<LearningEntry> entries) {
        rewriteLines(entries.stream().map(LearningFile::write).toList());
    }

    private void rewriteLines(List<String> lines) {
        try {
            Path temp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the learning log " + path + ": " + e.getMessage(), e);
        }
    }

    /** Creates the file readable by its owner only, where the file system has POSIX permissions. */
    private void createPrivately() throws IOException {
        if (Files.exists(path)) {
            return;
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            // created meanwhile: fine
        }
    }

    private static String write(LearningEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a learning entry always serialises", e);
        }
    }

    private static Optional<LearningEntry> parse(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(line, LearningEntry.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
