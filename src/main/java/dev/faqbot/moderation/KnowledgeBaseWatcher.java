package dev.faqbot.moderation;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches {@code intents/} and {@code responses/} and asks for a reload once the files have been quiet for the
 * debounce time. Watching the folders, not the files, means saves that write a temporary file and rename it
 * over the original (vim, IntelliJ, VS Code) are seen as a create of the real name; the temporary and backup
 * files themselves are ignored. A folder that is deleted and made again (a git checkout) is watched again.
 */
public final class KnowledgeBaseWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseWatcher.class);
    private static final List<String> FOLDERS = List.of("intents", "responses");
    private static final long IDLE_POLL_MILLIS = 1_000;

    private final Path root;
    private final Consumer<String> reload;
    private final long debounceNanos;
    private final WatchService service;
    private final Map<WatchKey, String> keys = new HashMap<>();
    private final TreeSet<String> changed = new TreeSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long lastEvent;

    /**
     * @param reload called with a trigger such as "file change: responses/cost.yml" (usually
     *               {@code reloader::reload}); it must not block for long
     */
    public KnowledgeBaseWatcher(Path root, Duration debounce, Consumer<String> reload) throws IOException {
        this.root = Objects.requireNonNull(root, "root");
        this.reload = Objects.requireNonNull(reload, "reload");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative: " + debounce);
        }
        this.debounceNanos = debounce.toNanos();
        this.service = root.getFileSystem().newWatchService();
        registerMissing(false);
        this.thread = new Thread(this::loop, "kb-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching on a daemon thread. */
    public KnowledgeBaseWatcher start() {
        thread.start();
        return this;
    }

    /** True when a change to this file name should reload (not a temporary, backup or hidden file). */
    static boolean relevant(String fileName) {
        return !fileName.startsWith(".") && !fileName.startsWith("~")
                && (fileName.endsWith(".yml") || fileName.endsWith(".yaml"));
    }

    private void loop() {
        while (running) {
            try {
                long wait = changed.isEmpty() ? IDLE_POLL_MILLIS
                        : Math.max(1, TimeUnit.NANOSECONDS.toMillis(lastEvent + debounceNanos - System.nanoTime()));
                WatchKey key = service.poll(wait, TimeUnit.MILLISECONDS);
                if (key != null) {
                    collect(key);
                } else if (!changed.isEmpty() && System.nanoTime() - lastEvent >= debounceNanos) {
                    fire();
                }
                registerMissing(true);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("watching {} for changes: {}", root, e.toString());
            }
        }
    }

    private void collect(WatchKey key) {
        String folder = keys.getOrDefault(key, "?");
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                note(folder + "/ (many changes)"); // events were lost: reload to be safe
            } else if (event.context() instanceof Path name && relevant(name.toString())) {
                note(folder + "/" + name);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
            note(folder + "/ (folder removed)");
        }
    }

    private void note(String file) {
        changed.add(file);
        lastEvent = System.nanoTime();
    }

    private void fire() {
        String files = changed.size() <= 3 ? String.join(", ", changed)
                : String.join(", ", changed.stream().limit(3).toList()) + " and " + (changed.size() - 3) + " more";
        changed.clear();
        reload.accept("file change: " + files);
    }

    /** Watches each folder not yet watched; {@code announce}: a folder that (re)appeared counts as a change. */
    private void registerMissing(boolean announce) {
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (keys.containsValue(folder) || !Files.isDirectory(dir)) {
                continue;
            }
            try {
                keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
                if (announce) {
                    note(folder + "/ (folder created)"); // files may have landed before we watched
                }
            } catch (IOException e) {
                LOG.warn("cannot watch {}: {}", dir, e.toString());
            }
        }
    }

    /** Stops watching; a reload already asked for still runs. */
    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
    }
}
