package dev.faqbot.discord.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSourceTest {

    private static final String SECRET = "MTIzNDU2Nzg5.secret.value";

    @Test
    void theEnvironmentVariableComesFirst(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("token"), "from-file");

        Token token = TokenSource.find(Map.of("DISCORD_TOKEN", SECRET), settings(file.toString()));
        assertEquals(SECRET, token.value());
    }

    @Test
    void theTokenFileIsReadWithoutItsLineBreak(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("token"), SECRET + "\n");

        assertEquals(SECRET, TokenSource.find(Map.of("DISCORD_TOKEN", " "), settings(file.toString())).value());
    }

    @Test
    void noTokenAnywhereSaysWhereToPutOne() {
        TokenSource.MissingToken missing = assertThrows(TokenSource.MissingToken.class,
                () -> TokenSource.find(Map.of(), settings("")));
        assertTrue(missing.getMessage().contains("DISCORD_TOKEN") && missing.getMessage().contains("token_file"));
    }

    @Test
    void aMissingOrEmptyTokenFileIsNamed(@TempDir Path temp) throws Exception {
        Path empty = Files.writeString(temp.resolve("empty"), "\n");

        assertTrue(assertThrows(TokenSource.MissingToken.class,
                () -> TokenSource.find(Map.of(), settings(empty.toString()))).getMessage().contains("is empty"));
        assertTrue(assertThrows(TokenSource.MissingToken.class,
                () -> TokenSource.find(Map.of(), settings(temp.resolve("nope").toString()))).getMessage()
                .contains("cannot read the token file"));
    }

    @Test
    void theTokenIsNeverShownAndCanBeScrubbedFromText() {
        Token token = new Token(SECRET);

        assertFalse(token.toString().contains(SECRET));
        assertEquals("failed with [token] in it", token.redact("failed with " + SECRET + " in it"));
        assertEquals("", token.redact(null));
    }

    @Test
    void onlyANonBlankVariableCounts() {
        assertTrue(TokenSource.inEnvironment(Map.of("DISCORD_TOKEN", SECRET)));
        assertFalse(TokenSource.inEnvironment(Map.of("DISCORD_TOKEN", "  ")));
        assertFalse(TokenSource.inEnvironment(Map.of()));
    }

    @Test
    void aSystemPropertyIsNeverRead() {
        System.setProperty("DISCORD_TOKEN", SECRET);
        try {
            assertThrows(TokenSource.MissingToken.class, () -> TokenSource.find(Map.of(), settings("")));
        } finally {
            System.clearProperty("DISCORD_TOKEN");
        }
    }

    private static Settings.Discord settings(String tokenFile) {
        return new Settings.Discord(tokenFile, List.of(), 10, "", "", 1, List.of());
    }
}
