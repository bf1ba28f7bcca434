package dev.faqbot.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.Query;
import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.safety.SafetyCheck.Danger;
import dev.faqbot.text.Normaliser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector's levels and its reading of long messages, with a model that reads fixed words. */
class CrisisDetectorTest {

    /** "gasping" is an emergency at 0.9, "tired" unsure at 0.3, "goodbye" self-harm at 0.8; all else calm. */
    private static final IntentClassifier MODEL = query -> {
        String t = query.text();
        double emergency = t.contains("gasping") ? 0.9 : t.contains("tired") ? 0.3 : 0.01;
        double selfHarm = t.contains("goodbye") ? 0.8 : 0.01;
        double none = Math.max(0, 1 - emergency - selfHarm);
        return new Ranking(List.of(new Scored(CrisisDetector.EMERGENCY, emergency),
                new Scored(CrisisDetector.SELF_HARM, selfHarm), new Scored(CrisisDetector.NONE, none)));
    };

    private final CrisisDetector detector = new CrisisDetector(MODEL, 0.5, 0.2);

    @Test
    void aLikelyEmergency_isSure_anUnlikelyOne_isUnsure_andACalmMessage_isNone() {
        assertEquals(new Alarm(Danger.MEDICAL_EMERGENCY, Alarm.Level.SURE, "detector 0.91"),
                check("he is gasping").orElseThrow());
        assertEquals(Alarm.Level.UNSURE, check("so tired tonight").orElseThrow().level());
        assertTrue(check("what are mscs").isEmpty());
    }

    @Test
    void theKindOfDanger_isTheLikelierOne() {
        assertEquals(Danger.SELF_HARM, check("goodbye everyone").orElseThrow().danger());
    }

    @Test
    void aLongLetter_isReadInWindows_soOneAlarmingSentenceCounts() {
        String calm = "we have been reading about stem cell trials for weeks and talking with the clinic. ";
        String letter = calm.repeat(12) + "tonight he is gasping. " + calm.repeat(12);
        String capped = letter.substring(0, 500);

        assertEquals(Alarm.Level.SURE, detector.check(letter, Query.textOnly(capped)).orElseThrow().level());
    }

    @Test
    void windows_holdWholeSentences_andCoverTheWholeMessage() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sentences.add("this is sentence number " + i + " of a long message.");
        }
        String text = String.join(" ", sentences);
        String classifierText = text.substring(0, 300);

        List<String> windows = CrisisDetector.windows(text, classifierText);

        assertEquals(classifierText, windows.get(0), "the classifier's own text is read first, its vector shared");
        List<String> rest = windows.subList(1, windows.size());
        assertTrue(rest.size() > 2);
        assertTrue(rest.stream().allMatch(w -> w.length() <= CrisisDetector.WINDOW_CHARS), rest.toString());
        assertTrue(rest.stream().allMatch(w -> w.endsWith(".")), "whole sentences: " + rest);
        assertEquals(text.replace(" ", ""), String.join("", rest).replace(" ", ""));
    }

    @Test
    void windows_coverTheWholeMessage_whenTheClassifierReadsItsBeginningAndEnd() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sentences.add("this is sentence number " + i + " of a long letter.");
        }
        String text = String.join(" ", sentences);
        String classifierText = new Normaliser(200).cap(text);

        List<String> windows = CrisisDetector.windows(text, classifierText);

        assertEquals(classifierText, windows.get(0), "the classifier's own text is read first, its vector shared");
        assertEquals(text.replace(" ", ""), String.join("", windows.subList(1, windows.size())).replace(" ", ""),
                "the middle of the letter is read too");
    }

    @Test
    void theLongestMessageRead_fitsInTheWindows_upToItsLastSentence() {
        String end = " he is gasping now.";
        String text = "this is one more sentence of a very long letter. ".repeat(100)
                .substring(0, Normaliser.MAX_RAW_CHARS - end.length()) + end;

        List<String> windows = CrisisDetector.windows(text, new Normaliser(500).cap(text));

        assertEquals(Normaliser.MAX_RAW_CHARS, text.length());
        assertTrue(windows.get(windows.size() - 1).endsWith("he is gasping now."), windows.toString());
    }

    @Test
    void aShortMessage_isOneWindow_theClassifiersOwnText() {
        assertEquals(List.of("he is gasping"), CrisisDetector.windows("he is gasping", "he is gasping"));
    }

    @Test
    void thresholdsOutOfOrder_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CrisisDetector(MODEL, 0.3, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new CrisisDetector(MODEL, 0.5, 0));
    }

    private java.util.Optional<Alarm> check(String text) {
        return detector.check(text, Query.textOnly(text));
    }
}
