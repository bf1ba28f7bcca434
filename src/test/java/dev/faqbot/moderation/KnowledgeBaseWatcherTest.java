package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.FaqBot;
import dev.faqbot.testkit.MiniKb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseWatcherTest {

    @TempDir
    Path root;

    private final List<String> triggers = new CopyOnWriteArrayList<>();

    @Test
    void editingAFile_asksForOneReloadNamingIt() throws Exception {
        MiniKb.write(root, "A");
        try (KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(root, Duration.ofMillis(200), triggers::add).start()) {
            MiniKb.file(root, "responses/greeting.yml", "id: greeting\n");

            Eventually.until(() -> !triggers.isEmpty(), () -> "a reload after editing responses/greeting.yml");
        }
        assertEquals("file change: responses/greeting.yml", triggers.get(0));
    }

    @Test
    void aBurstOfSaves_isOneReload() throws Exception {
        MiniKb.write(root, "A");
        // A long quiet time, so the burst below is surely inside it even on a busy machine.
        try (KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(root, Duration.ofSeconds(2), triggers::add).start()) {
            for (String id : List.of("msc_basics", "greeting", "out_of_scope")) {
                MiniKb.file(root, "intents/" + id + ".yml", "id: " + id + "\nexamples: [x]\n");
            }
            MiniKb.file(root, "responses/greeting.yml", "id: greeting\n");

            Eventually.until(() -> !triggers.isEmpty(), () -> "a reload after four saves");
        }
        assertEquals("file change: intents/greeting.yml, intents/msc_basics.yml, intents/out_of_scope.yml and 1 more",
                triggers.get(0));
    }

    @Test
    void aSaveByRenamingATemporaryFile_isSeenAsAChangeToTheRealFile() throws Exception {
        MiniKb.write(root, "A");
        try (KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(root, Duration.ofMillis(200), triggers::add).start()) {
            // What vim, IntelliJ and many others do: write a temporary file, then rename it over the original.
            Path temp = root.resolve("responses/.msc_basics.yml.swp");
            Files.writeString(temp, MiniKb.msc("Renamed", "2099-01-01"), StandardCharsets.UTF_8);
            Files.move(temp, root.resolve("responses/msc_basics.yml"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);

            Eventually.until(() -> !triggers.isEmpty(), () -> "a reload after the rename");
        }
        assertEquals("file change: responses/msc_basics.yml", triggers.get(0));
    }

    @Test
    void aFolderDeletedAndMadeAgain_isWatchedAgain() throws Exception {
        MiniKb.write(root, "A");
        try (KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(root, Duration.ofMillis(200), triggers::add).start()) {
            deleteFolder(root.resolve("responses"));
            Eventually.until(() -> triggers.size() >= 1, () -> "a reload after the folder went");
            MiniKb.file(root, "responses/greeting.yml", "id: greeting\n");
            Eventually.until(() -> triggers.size() >= 2, () -> "a reload after the folder came back");
            MiniKb.file(root, "responses/greeting.yml", "id: greeting\ntitle: Hi\n");
            Eventually.until(() -> triggers.size() >= 3, () -> "a reload after a later edit in it");
        }
        assertTrue(triggers.get(0).startsWith("file change: responses/ (folder removed)"), triggers.toString());
        assertEquals("file change: responses/greeting.yml", triggers.get(2));
    }

    @Test
    void editorTemporaryAndBackupFiles_areNotRelevant() {
        assertTrue(KnowledgeBaseWatcher.relevant("msc_basics.yml"));
        assertTrue(KnowledgeBaseWatcher.relevant("msc_basics.yaml"));
        for (String name : List.of(".msc_basics.yml.swp", "msc_basics.yml~", "4913", ".#msc_basics.yml",
                "msc_basics.yml___jb_tmp___", "~msc_basics.yml", "msc_basics.yml.tmp", ".hidden.yml")) {
            assertFalse(KnowledgeBaseWatcher.relevant(name), name);
        }
    }

    @Test
    void editingAnAnswerWhileTheBotRuns_changesTheNextAnswer() throws Exception {
        MiniKb.write(root, "A");
        FaqBot bot = MiniKb.bot(root);
        List<ReloadResult> results = new CopyOnWriteArrayList<>();
        try (Reloader reloader = new Reloader(root, MiniKb.loader(), MiniKb::train, bot);
             KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(root, Duration.ofMillis(200),
                     reloader::reload).start()) {
            reloader.addListener(results::add);
            MiniKb.file(root, "responses/msc_basics.yml", MiniKb.msc("Live edit", "2099-01-01"));

            Eventually.until(() -> ReloaderTest.title(bot.ask(MiniKb.MSC_QUESTION)).equals("Live edit"),
                    () -> "the edited title; reloads so far: " + results);
        }
        assertTrue(results.get(results.size() - 1) instanceof ReloadResult.Loaded loaded
                && loaded.trigger().equals("file change: responses/msc_basics.yml"), results.toString());
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
