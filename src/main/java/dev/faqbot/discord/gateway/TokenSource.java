package dev.faqbot.discord.gateway;

import dev.faqbot.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the bot token: the {@code DISCORD_TOKEN} environment variable, else the file named by
 * {@code discord.token_file}. Never a command-line argument or a system property: both show up in process
 * lists and thread dumps.
 */
public final class TokenSource {

    public static final String VARIABLE = "DISCORD_TOKEN";

    /** No token could be found; the message says where to put one and never contains a secret. */
    public static final class MissingToken extends Exception {
        MissingToken(String message) {
            super(message);
        }
    }

    private TokenSource() {
    }

    /** True when {@code environment} holds a non-empty token: then the bot starts on Discord by default. */
    public static boolean inEnvironment(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return value != null && !value.isBlank();
    }

    /** The token from {@code environment}, else from the settings' token file. */
    public static Token find(Map<String, String> environment, Settings.Discord settings) throws MissingToken {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(settings, "settings");
        if (inEnvironment(environment)) {
            return new Token(environment.get(VARIABLE));
        }
        if (settings.tokenFile().isEmpty()) {
            throw new MissingToken("no Discord token: set the " + VARIABLE
                    + " environment variable, or name a file holding it in discord.token_file");
        }
        return fromFile(Path.of(settings.tokenFile()));
    }

    private static Token fromFile(Path file) throws MissingToken {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            // The exception names only the file, never its content.
            throw new MissingToken("cannot read the token file " + file + " (discord.token_file): "
                    + e.getClass().getSimpleName());
        }
        if (text.isEmpty()) {
            throw new MissingToken("the token file " + file + " (discord.token_file) is empty");
        }
        return new Token(text);
    }
}
