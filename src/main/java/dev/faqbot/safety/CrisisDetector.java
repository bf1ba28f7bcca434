package dev.faqbot.safety;

import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.Query;
import dev.faqbot.classify.Scored;
import dev.faqbot.safety.SafetyCheck.Danger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises an emergency or a risk of self-harm by what a message means, not only by its words: a model over the
 * sentence vector and the words (the same kind as the intent classifier), trained from the examples in
 * {@code intents/crisis_examples.yml} (emergencies, self-harm, and near misses that are not emergencies) and every
 * knowledge-base example as a non-emergency, each class weighing the same. A long message is
 * read in windows of a few sentences, so one alarming sentence in a long letter is not averaged away.
 */
public final class CrisisDetector {

    public static final String EMERGENCY = "emergency";
    public static final String SELF_HARM = "self_harm";
    public static final String NONE = "none";
    /** A window holds whole sentences up to about this many characters. */
    static final int WINDOW_CHARS = 400;
    /** The longest message read (Normaliser.MAX_RAW_CHARS) fits in this many windows, with the classifier's text. */
    static final int MAX_WINDOWS = 24;

    private final IntentClassifier model;
    private final double sure;
    private final double unsure;

    /**
     * @param sure   a crisis probability at or above this gives the emergency reply alone
     * @param unsure ... at or above this (and below {@code sure}) puts the emergency lines above the normal reply
     */
    public CrisisDetector(IntentClassifier model, double sure, double unsure) {
        this.model = Objects.requireNonNull(model, "model");
        if (!(unsure > 0 && unsure <= sure && sure <= 1)) {
            throw new IllegalArgumentException("need 0 < unsure (" + unsure + ") <= sure (" + sure + ") <= 1");
        }
        this.sure = sure;
        this.unsure = unsure;
    }

    /** The alarm for a message, if any; {@code cleaned} is the whole message, {@code query} embeds its parts. */
    public Optional<Alarm> check(String cleaned, Query query) {
        Reading worst = read(cleaned, query);
        if (worst.crisis() < unsure) {
            return Optional.empty();
        }
        Alarm.Level level = worst.crisis() >= sure ? Alarm.Level.SURE : Alarm.Level.UNSURE;
        return Optional.of(new Alarm(worst.danger(), level,
                String.format(Locale.ROOT, "detector %.2f", worst.crisis())));
    }

    /** The most alarming window of the message: its crisis probability and the kind of danger. */
    public Reading read(String cleaned, Query query) {
        Reading worst = new Reading(0, Danger.MEDICAL_EMERGENCY);
        for (String window : windows(cleaned, query.text())) {
            double emergency = 0;
            double selfHarm = 0;
            for (Scored s : model.classify(query.part(window)).ranked()) {
                emergency += s.intent().equals(EMERGENCY) ? s.confidence() : 0;
                selfHarm += s.intent().equals(SELF_HARM) ? s.confidence() : 0;
            }
            if (emergency + selfHarm > worst.crisis()) {
                worst = new Reading(emergency + selfHarm, selfHarm > emergency ? Danger.SELF_HARM : Danger.MEDICAL_EMERGENCY);
            }
        }
        return worst;
    }

    /** The detector's reading of a message. */
    public record Reading(double crisis, Danger danger) {
    }

    /**
     * The parts of a message the detector reads: the classifier's text (one embedding serves both), and when the
     * message is longer, windows of whole sentences over all of it. Windows are not shorter: read out of context,
     * a sentence or two of an ordinary letter ("I have 24 hours to talk him out of it") raised false alarms on
     * every measuring set (tried at 240 characters, for every message longer than that).
     */
    public static List<String> windows(String cleaned, String classifierText) {
        if (cleaned.equals(classifierText)) {
            return List.of(classifierText);
        }
        List<String> windows = new ArrayList<>();
        if (!classifierText.isEmpty()) {
            windows.add(classifierText); // embedded for the classifier anyway: reading it costs no vector
        }
        StringBuilder window = new StringBuilder();
        for (String sentence : Sentences.split(cleaned, WINDOW_CHARS)) {
            if (window.length() > 0 && window.length() + 1 + sentence.length() > WINDOW_CHARS) {
                windows.add(window.toString());
                window.setLength(0);
            }
            window.append(window.length() > 0 ? " " : "").append(sentence);
        }
        if (window.length() > 0) {
            windows.add(window.toString());
        }
        return windows.size() <= MAX_WINDOWS ? windows : windows.subList(0, MAX_WINDOWS);
    }
}
