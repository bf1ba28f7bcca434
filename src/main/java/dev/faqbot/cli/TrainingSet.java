package dev.faqbot.cli;

import dev.faqbot.eval.LabelledLine;
import dev.faqbot.kb.ContentRules;
import dev.faqbot.kb.CrisisRules;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.Intent;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Synonyms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns a labelled training file (e.g. a public benchmark) into a knowledge base of intents without answers. */
final class TrainingSet {

    private static final EmergencyReply NONE = new EmergencyReply("-", "-", List.of());

    private TrainingSet() {
    }

    /**
     * Intents from the file's labels; the safety rules come from {@code kb} when there is one. The synonym map
     * is not used: it is written for this bot's topic, not for other data.
     */
    static KnowledgeBase asKnowledgeBase(List<LabelledLine> lines, Optional<KnowledgeBase> kb, Instant now) {
        Map<String, List<String>> byLabel = new TreeMap<>();
        for (LabelledLine line : lines) {
            byLabel.computeIfAbsent(line.primary(), k -> new ArrayList<>()).add(line.text());
        }
        Map<String, Intent> intents = new TreeMap<>();
        byLabel.forEach((label, examples) -> intents.put(label, new Intent(label, examples)));
        CrisisRules crisis = kb.map(KnowledgeBase::crisis).orElse(new CrisisRules(List.of(), List.of(), NONE, NONE));
        return new KnowledgeBase(intents, Map.of(), "", crisis, Synonyms.none(), ContentRules.LENIENT,
                "training-file", now);
    }
}
