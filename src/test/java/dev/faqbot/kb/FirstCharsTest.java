package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void theClass_holdsWhatEachAlternativeCanStartWith() {
        assertAll(
                () -> assertEquals(Optional.of("[hsmd]"), FirstChars.of("\\b(he|she|my \\w+|dad)\\s+can'?t")),
                () -> assertEquals(Optional.of("[yn]"), FirstChars.of("(?<!si\\s)(?:ya\\s)?no\\s(?:puede|puedo)")),
                () -> assertEquals(Optional.of("[gs]"), FirstChars.of("(?=gasping)(?<!if )gasping|suffocat")),
                () -> assertEquals(Optional.of("[[ée]l]"), FirstChars.of("[ée]{1,2}t|l[èe]vres")),
                () -> assertEquals(Optional.of("[\\p{L}x]"), FirstChars.of("(?:\\p{L}+\\s){0,2}x")),
                () -> assertEquals(Optional.of("[\\'a]"), FirstChars.of("'?a")),
                () -> assertEquals(Optional.of("[9b]"), FirstChars.of("(?<name>9|b)11")));
    }

    @Test
    void noClass_whenAnyCharacterCouldComeFirst_orTheSyntaxIsNotKnownHere() {
        assertAll(
                () -> assertEquals(Optional.empty(), FirstChars.of("a?")), // can match nothing
                () -> assertEquals(Optional.empty(), FirstChars.of("(?:x|)y?")),
                () -> assertEquals(Optional.empty(), FirstChars.of(".x")),
                () -> assertEquals(Optional.empty(), FirstChars.of("x|.")),
                () -> assertEquals(Optional.empty(), FirstChars.of("^help")), // tried at one position anyway
                () -> assertEquals(Optional.empty(), FirstChars.of("(?i)x")),
                () -> assertEquals(Optional.empty(), FirstChars.of("(?i:x)")),
                () -> assertEquals(Optional.empty(), FirstChars.of("\\Qx\\E")),
                () -> assertEquals(Optional.empty(), FirstChars.of("(x)\\1")),
                () -> assertEquals(Optional.empty(), FirstChars.of("\\x41")),
                () -> assertEquals(Optional.empty(), FirstChars.of("[^a]b")),
                () -> assertEquals(Optional.empty(), FirstChars.of("[a[b]]")),
                () -> assertEquals(Optional.empty(), FirstChars.of("[a&&b]")),
                () -> assertEquals(Optional.empty(), FirstChars.of("(x")),
                () -> assertEquals(Optional.empty(), FirstChars.of("x)")),
                () -> assertEquals(Optional.empty(), FirstChars.of("x{,2}")),
                // found by a second look (random patterns against random messages):
                () -> assertEquals(Optional.of("[xh]"), FirstChars.of("x{00,3}help")), // {00} is zero, as Java reads it
                () -> assertEquals(Optional.empty(), FirstChars.of("\u00dfen")), // matches the capital sharp s; [ß] not
                () -> assertEquals(Optional.empty(), FirstChars.of("[\\c\\]x]")), // \c] is one character
                () -> assertEquals(Optional.empty(), FirstChars.of("[\\c]]]x")));
    }

    /**
     * A pattern with its class in front finds exactly what it finds alone, on messages built from the letters its
     * alternatives start with, their capitals, and the characters Java folds onto ASCII letters (dotted capital I,
     * dotless i, the Kelvin sign, the long s).
     */
    @Test
    void aHintedPattern_findsExactlyWhatThePatternFinds() {
        List<String> patterns = List.of("\\b(i|he|she|my \\w+)\\s+can'?t breathe", "(?<!\\p{L})(?:ya\\s)?no\\srespira",
                "a{00}b", "x{00,3}help",
                "\\bkms\\b", "(?=suicide)(?<!rate of )suicide|\\bsk[iy]\\b", "[ée]touff(?:e|é)", "\\s?x+\\b",
                "(?:\\p{L}+\\s){0,2}blau", "(?<=a)b|c(?=d)");
        String alphabet = "iIİıkKKsSſhemyabcdxotuflpßẞ éÉ'\n";
        Random random = new Random(7);
        List<String> messages = new ArrayList<>(List.of("İ can't breathe", "ſhe can't breathe", "KMS", "Kms tonight",
                "ÉTOUFFÉ", "rate of suicide", "a suicide", "SKY", "ab", "cd"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder message = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                message.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            messages.add(message.toString());
        }
        int hinted = 0;
        for (String regex : patterns) {
            Pattern written = Pattern.compile(regex, FLAGS);
            Optional<String> first = FirstChars.of(regex);
            if (first.isEmpty()) {
                continue;
            }
            hinted++;
            Pattern withHint = Pattern.compile("(?=" + first.get() + ")(?:" + regex + ")", FLAGS);
            for (String message : messages) {
                var a = written.matcher(message);
                var b = withHint.matcher(message);
                boolean found = a.find();
                assertEquals(found, b.find(), regex + " on '" + message + "'");
                if (found) {
                    assertEquals(a.start(), b.start(), regex + " on '" + message + "'");
                }
            }
        }
        assertEquals(patterns.size(), hinted);
        assertTrue(Pattern.compile("(?=[i])i", FLAGS).matcher("İ").find(), "folding as Java's own classes do");
    }
}
