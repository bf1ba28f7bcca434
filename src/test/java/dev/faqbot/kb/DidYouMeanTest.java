package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> FIELDS = List.of("id", "title", "answer", "sources", "reviewed", "next_review",
            "related", "medical");

    @Test
    void aSlipOfOneOrTwoLetters_findsTheFieldMeant() {
        assertEquals(Optional.of("next_review"), DidYouMean.closest("next_reveiw", FIELDS));
        assertEquals(Optional.of("title"), DidYouMean.closest("titel", FIELDS));
        assertEquals(Optional.of("sources"), DidYouMean.closest("source", FIELDS));
        assertEquals(Optional.of("reviewed"), DidYouMean.closest("Reviewd", FIELDS));
        assertEquals(Optional.of("fda_status"), DidYouMean.closest("fda_stats", List.of("fda_status", "find_trials")));
    }

    @Test
    void anotherWord_isNoSlip() {
        assertEquals(Optional.empty(), DidYouMean.closest("colour", FIELDS));
        assertEquals(Optional.empty(), DidYouMean.closest("xy", FIELDS), "two letters off in a two-letter name");
        assertEquals(Optional.empty(), DidYouMean.closest("cost", List.of("msc_basics", "fda_status")));
        assertEquals("", DidYouMean.hint("colour", FIELDS));
        assertEquals(" (did you mean answer?)", DidYouMean.hint("anwser", FIELDS));
    }

    @Test
    void swappedNeighbours_countAsOneEdit() {
        assertEquals(1, DidYouMean.distance("anwser", "answer"));
        assertEquals(1, DidYouMean.distance("next_reveiw", "next_review"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }
}
