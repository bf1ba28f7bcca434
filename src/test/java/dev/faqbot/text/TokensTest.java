package dev.faqbot.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokens_areWordsAndNumbers_withApostrophesDropped() {
        assertArrayEquals(new String[] {"i", "cant", "breathe", "msc", "ntf", "phase", "2", "dads"},
                Tokens.of("i can't breathe!! msc-ntf (phase 2) dad\u2019s"));
    }

    @Test
    void lettersOfEveryScript_countAsWords() {
        assertArrayEquals(new String[] {"célula", "madre", "干细胞"}, Tokens.of("¿célula madre? 干细胞"));
    }

    @Test
    void textWithoutWords_hasNoTokens() {
        assertArrayEquals(new String[0], Tokens.of(""));
        assertArrayEquals(new String[0], Tokens.of("?!... --"));
    }
}
