package dev.faqbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command shares: where the knowledge base is, and which settings file to use. */
final class KbOptions {

    @Option(names = "--kb", paramLabel = "DIR", defaultValue = ".",
            description = "Folder holding intents/ and responses/ (default: the current folder).")
    Path kb = Path.of(".");

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file laid over the defaults (default: faqbot.yml in the current folder, if any).")
    Path settings;

    Optional<Path> settingsFile() {
        if (settings != null) {
            return Optional.of(settings);
        }
        Path local = Path.of("faqbot.yml");
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }
}
