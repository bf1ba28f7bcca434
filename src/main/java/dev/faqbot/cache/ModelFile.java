package dev.faqbot.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uncompressed copy of a file the jar carries compressed (the sentence model: 34 MB, inflated at every start in
 * a third of a second), kept in the cache folder so that the model is read straight from disk. The copy is named by
 * the jar entry's checksum, so a new jar brings its own copy, and it is checked against that checksum at every start
 * (some 30 ms), so a damaged copy is replaced, never read. When the folder cannot be written the jar's file is used.
 */
final class ModelFile {

    private static final Logger LOG = LoggerFactory.getLogger(ModelFile.class);
    static final String FOLDER = "model";

    private ModelFile() {
    }

    /** The copy of {@code resource} in {@code folder}, made now if missing or damaged; empty when it cannot be. */
    static Optional<String> uncompressed(Path folder, String resource) {
        URL url = ModelFile.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty(); // the encoder reports the missing model itself
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Optional.of(Path.of(url.toURI()).toString()); // not in a jar: already uncompressed
            }
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            int dot = resource.lastIndexOf('.') > 0 ? resource.lastIndexOf('.') : resource.length();
            String name = resource.substring(0, dot) + String.format("-%08x", entry.getCrc()) + resource.substring(dot);
            Path copy = folder.resolve(FOLDER).resolve(name);
            if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize() && crc(copy) == entry.getCrc()) {
                return Optional.of(copy.toString());
            }
            Files.createDirectories(copy.getParent());
            Path part = Files.createTempFile(copy.getParent(), name, ".part");
            try {
                try (InputStream in = jar.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                move(part, copy);
            } finally {
                Files.deleteIfExists(part);
            }
            removeOlderCopies(copy, resource.substring(0, dot) + "-");
            return Optional.of(copy.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("could not keep an uncompressed copy of {} in {}: {} (it is read from the jar, a little slower)",
                    resource, folder.resolve(FOLDER), e.toString());
            return Optional.empty();
        }
    }

    /** Copies an earlier jar left (34 MB each); one still open elsewhere (Windows) is left for next time. */
    private static void removeOlderCopies(Path copy, String prefix) {
        try (var files = Files.list(copy.getParent())) {
            for (Path old : files.filter(f -> !f.equals(copy) && f.getFileName().toString().startsWith(prefix)).toList()) {
                try {
                    Files.deleteIfExists(old);
                } catch (IOException e) {
                    LOG.debug("could not remove the older model copy {}: {}", old, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.debug("could not list {}: {}", copy.getParent(), e.toString());
        }
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
