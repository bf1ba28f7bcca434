package dev.faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "what are mscs and are they fda approved? | what are mscs | are they fda approved?",
            "how much does it cost? is it safe? | how much does it cost? | is it safe?",
            "what is nurown, and how does it work | what is nurown, | how does it work",
            "how do i find a trial and what does phase 2 mean | how do i find a trial | what does phase 2 mean"})
    void twoQuestions_areTwoParts(String text, String first, String second) {
        assertEquals(List.of(first, second), QuestionSplitter.parts(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "are mscs taken from bone marrow and fat",
            "what are mscs? thanks!",
            "cost and risks?",
            "my dad has als and we live in ohio, how do we find a trial",
            "what? why? how? when? who?"})
    void oneQuestion_orTooManyOrTooShortParts_isTheWholeText(String text) {
        assertEquals(List.of(text), QuestionSplitter.parts(text));
    }
}
