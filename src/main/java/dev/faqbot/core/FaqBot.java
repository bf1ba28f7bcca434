package dev.faqbot.core;

import dev.faqbot.classify.Query;
import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Region;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Today;
import dev.faqbot.safety.Alarm;
import dev.faqbot.safety.SafetyCheck.Danger;
import dev.faqbot.text.Normaliser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core: question -> safety check -> classify -> decide -> vetted answer. Knows nothing of Discord or the
 * console. Safe to call from many threads; {@link #swap} replaces the knowledge base and model atomically.
 */
public final class FaqBot {

    private static final Logger LOG = LoggerFactory.getLogger(FaqBot.class);
    /** How many intents {@link #explain} shows: the three a "did you mean" could offer. */
    public static final int EXPLAINED = 3;

    private final Normaliser normaliser;
    private final Decider decider;
    private final AnswerCache cache;
    private final AtomicReference<Brain> brain;
    private final List<OutcomeListener> listeners = new CopyOnWriteArrayList<>();
    private final Region region;
    private final Clock clock;

    /**
     * @param region whose emergency and crisis numbers the emergency replies show first
     * @param clock  the bot's one clock: decides, at every answer, whether the answer's review is so late that it is
     *               withdrawn (so an answer is withdrawn on the day, without a restart or a reload)
     */
    public FaqBot(Brain brain, Normaliser normaliser, Decider decider, AnswerCache cache, Region region, Clock clock) {
        this.brain = new AtomicReference<>(Objects.requireNonNull(brain, "brain"));
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.region = Objects.requireNonNull(region, "region");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Answers one chat message. Never throws for any text, however hostile. */
    public Outcome ask(String question) {
        return ask(question, Origin.UNKNOWN);
    }

    /** Answers one chat message asked at {@code origin} (which the listeners are told). */
    public Outcome ask(String question, Origin origin) {
        Objects.requireNonNull(origin, "origin");
        String text = question == null ? "" : question;
        Brain current = brain.get();
        Decision decision = decide(current, text, true);
        Outcome outcome = outcome(current.knowledgeBase(), text, decision);
        listeners.forEach(listener -> tell(listener, outcome, decision, origin));
        return outcome;
    }

    /**
     * The emergency reply when the moderators' patterns match, else empty: the cheap part of the safety check
     * alone (no sentence vector, no classifier), for messages that must not cost more (a member in the cooldown).
     * Told to no listener.
     */
    public Optional<Outcome> urgent(String question) {
        String text = question == null ? "" : question;
        Brain current = brain.get();
        return current.safety().check(normaliser.clean(text)).map(danger -> new Outcome.Emergency(text, danger,
                reply(current.knowledgeBase(), danger)));
    }

    /**
     * The reply {@link #ask} would give, from the cache like it, but without telling any listener: for a message
     * that nobody addressed to the bot (an auto-answer channel), which must not count as a question, nor be kept
     * by the learning loop, unless the bot decides to answer it.
     */
    public Outcome peek(String question) {
        String text = question == null ? "" : question;
        Brain current = brain.get();
        return outcome(current.knowledgeBase(), text, decide(current, text, true));
    }

    /**
     * What the bot would reply and why, with the {@code EXPLAINED} best intents: uncached and told to no listener,
     * so that a moderator's test neither counts as a question nor lands in the learning log.
     */
    public Explanation explain(String question) {
        String text = question == null ? "" : question;
        Brain current = brain.get();
        Decision decision = decide(current, text, false);
        List<Scored> top = decision.rankingIfAny().map(r -> r.top(EXPLAINED)).orElse(List.of());
        return new Explanation(outcome(current.knowledgeBase(), text, decision), decision, top);
    }

    /** Adds a listener told of every {@link #ask} (statistics, the learning loop). */
    public void addListener(OutcomeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private static void tell(OutcomeListener listener, Outcome outcome, Decision decision, Origin origin) {
        try {
            listener.onOutcome(outcome, decision, origin);
        } catch (RuntimeException e) {
            // Bookkeeping must never cost a person their answer.
            LOG.warn("outcome listener {} failed: {}", listener.getClass().getName(), e.toString());
        }
    }

    /** The decision alone, uncached: what {@code eval} measures. */
    public Decision decide(String question) {
        return decide(brain.get(), question == null ? "" : question, false);
    }

    private Decision decide(Brain current, String question, boolean useCache) {
        String cleaned = normaliser.clean(question);
        String text = normaliser.cap(cleaned);
        boolean readable = text.codePoints().anyMatch(Character::isLetterOrDigit);
        String version = current.knowledgeBase().version();
        // The sentence vectors take most of a question's time and the patterns need none: the vectors are started
        // on the other core at once (unless the cache has the answer), and those not begun are dropped when the
        // patterns decide.
        List<String> parts = readable ? askedParts(text) : List.of();
        Query query = readable && !(useCache && cache.has(version, cleaned))
                ? current.query(text).prefetch(readAhead(current, cleaned, text, parts)) : current.query(text);
        try {
            // The moderators' patterns first: cheap, never cached, and sure.
            Optional<Danger> matched = current.safety().check(cleaned);
            if (matched.isPresent()) {
                return new Decision.Emergency(matched.get());
            }
            if (!readable) {
                return new Decision.Decline(Decision.Reason.EMPTY, null);
            }
            if (!useCache) {
                return understand(current, cleaned, query, parts);
            }
            return cache.get(version, cleaned, () -> understand(current, cleaned, query, parts));
        } finally {
            query.close();
        }
    }

    /**
     * The questions a message asks, when it is short enough to be a list of them: a long message is a letter, not a
     * list, and is not split (each part costs a sentence vector). One part (the whole text) when it asks one thing.
     */
    private static List<String> askedParts(String text) {
        return text.length() > QuestionSplitter.LONGEST ? List.of(text) : QuestionSplitter.parts(text);
    }

    /**
     * The texts whose vectors a message will likely need: its own, the detector's windows of a long one, and the
     * parts of a short one that asks two or three questions.
     */
    private static List<String> readAhead(Brain current, String cleaned, String text, List<String> parts) {
        List<String> texts = new ArrayList<>(current.safety().reads(cleaned, text));
        if (parts.size() > 1) {
            texts.addAll(parts);
        }
        return texts;
    }

    /** The detector and the classifier, over one embedding of the message. */
    private Decision understand(Brain current, String cleaned, Query query, List<String> parts) {
        Optional<Alarm> alarm = current.safety().detect(cleaned, query); // the patterns ran in decide
        if (alarm.isPresent() && alarm.get().sure()) {
            return new Decision.Emergency(alarm.get().danger(), alarm.get().reason());
        }
        Decision decision = alsoAsked(current, query, parts, decider.decide(current.classifier().classify(query)));
        return alarm.<Decision>map(a -> new Decision.Cautioned(a.danger(), a.reason(), decision)).orElse(decision);
    }

    /**
     * Two questions in one message ("what are MSCs and are they FDA approved?"): when each part on its own gets a
     * confident answer, one is answered and the others are offered first among the follow-ups. Which one: the
     * whole message's answer if it has one, the first asked if it hesitates between exactly these. Anything less
     * clear keeps the whole message's decision. {@code parts}: {@link #askedParts}.
     */
    private Decision alsoAsked(Brain current, Query query, List<String> parts, Decision whole) {
        if (!(whole instanceof Decision.Answer) && !(whole instanceof Decision.Clarify) || parts.size() < 2) {
            return whole;
        }
        // Every part must get a clear answer, so the shortest is read first: each costs a sentence vector, longer
        // ones more, and most messages have a part that is no question of its own ("any advice welcome").
        Decision.Answer[] byPart = new Decision.Answer[parts.size()];
        List<Integer> shortestFirst = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shortestFirst.add(i);
        }
        shortestFirst.sort(java.util.Comparator.comparingInt(i -> parts.get(i).length()));
        for (int i : shortestFirst) {
            Decision d = decider.decide(current.classifier().classify(query.part(parts.get(i))));
            if (!(d instanceof Decision.Answer a) || !medical(current, a.intent())) {
                return whole; // a part that is unclear, or chit-chat: not two clear questions
            }
            byPart[i] = a;
        }
        List<Decision.Answer> answers = new ArrayList<>();
        for (Decision.Answer a : byPart) { // in the order asked
            if (answers.stream().noneMatch(b -> b.intent().equals(a.intent()))) {
                answers.add(a);
            }
        }
        if (answers.size() < 2) {
            return whole;
        }
        List<String> asked = answers.stream().map(Decision.Answer::intent).toList();
        Ranking ranking = whole.rankingIfAny().orElseThrow();
        // The whole message decides which question is answered when it is sure of one of them; when it hesitates
        // between exactly the questions asked, the first asked is answered.
        String answered;
        if (whole instanceof Decision.Answer a) {
            answered = a.intent();
        } else {
            List<String> top = ranking.top(asked.size()).stream().map(Scored::intent).toList();
            answered = new java.util.HashSet<>(top).equals(new java.util.HashSet<>(asked)) ? asked.get(0) : null;
        }
        if (answered == null || !asked.contains(answered)) {
            return whole;
        }
        double confidence = answers.stream().filter(a -> a.intent().equals(answered)).findFirst().orElseThrow()
                .confidence();
        List<String> others = asked.stream().filter(id -> !id.equals(answered)).toList();
        return new Decision.Answer(answered, confidence, ranking, others);
    }

    private static boolean medical(Brain current, String intent) {
        return current.knowledgeBase().response(intent).map(Response::medical).orElse(false);
    }

    /** The vetted answer for an intent the user chose (a "did you mean" choice or a topic from the list). */
    public Optional<Outcome> answerFor(String intentId, String question) {
        KnowledgeBase kb = brain.get().knowledgeBase();
        return kb.response(intentId).map(r -> answered(kb, question, r, 1.0));
    }

    /** How this bot cleans a question before it reads it (the learning log keeps questions cleaned the same way). */
    public Normaliser normaliser() {
        return normaliser;
    }

    public KnowledgeBase knowledgeBase() {
        return brain.get().knowledgeBase();
    }

    /** The knowledge base and model in use now (a reload keeps the model when no intent changed). */
    public Brain brain() {
        return brain.get();
    }

    /** Puts a newly trained knowledge base and model in place at once and empties the answer cache. */
    public void swap(Brain next) {
        brain.set(Objects.requireNonNull(next, "next"));
        cache.clear();
    }

    public AnswerCache cache() {
        return cache;
    }

    /** The clock the bot judges review dates by. */
    public Clock clock() {
        return clock;
    }

    private Outcome outcome(KnowledgeBase kb, String question, Decision decision) {
        if (decision instanceof Decision.Emergency e) {
            return new Outcome.Emergency(question, e.danger(), reply(kb, e.danger()));
        }
        if (decision instanceof Decision.Cautioned c) {
            return new Outcome.Cautioned(question, c.danger(), reply(kb, c.danger()),
                    outcome(kb, question, c.decision()));
        }
        if (decision instanceof Decision.Answer a) {
            return kb.response(a.intent())
                    .map(r -> answered(kb, question, r, a.confidence(), a.alsoAsked()))
                    .orElseGet(() -> noMatch(kb, question, Decision.Reason.NOT_CONFIDENT, a.confidence()));
        }
        if (decision instanceof Decision.Clarify c) {
            List<Response> candidates = c.candidates().stream().map(kb::response).flatMap(Optional::stream).toList();
            return candidates.isEmpty()
                    ? noMatch(kb, question, Decision.Reason.NOT_CONFIDENT, c.ranking().top().confidence())
                    : new Outcome.Clarify(question, candidates, c.ranking().top().confidence(),
                            kb.crisis().dangerLine(region));
        }
        Decision.Decline d = (Decision.Decline) decision;
        return noMatch(kb, question, d.reason(), d.ranking() == null ? 0 : d.ranking().top().confidence());
    }

    private EmergencyReply reply(KnowledgeBase kb, Danger danger) {
        return danger == Danger.SELF_HARM ? kb.crisis().selfHarmReply(region) : kb.crisis().emergencyReply(region);
    }

    private Outcome answered(KnowledgeBase kb, String question, Response response, double confidence) {
        return answered(kb, question, response, confidence, List.of());
    }

    /**
     * The answer, with the intents also asked about first among the follow-ups; or, when its review is too late
     * (judged now, with the bot's clock), the notice that it is being re-checked, with its sources.
     */
    private Outcome answered(KnowledgeBase kb, String question, Response response, double confidence,
                             List<String> alsoAsked) {
        List<String> ids = new ArrayList<>(alsoAsked);
        response.related().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        ids.remove(response.id());
        List<Response> related = ids.stream().map(kb::response).flatMap(Optional::stream).toList();
        LocalDate today = Today.of(clock);
        if (kb.rules().withdrawn(response, today)) {
            long overdue = ChronoUnit.DAYS.between(response.nextReview().orElseThrow(), today);
            return new Outcome.Withdrawn(question, response, confidence, overdue, related, kb.crisis().dangerLine(region));
        }
        return new Outcome.Answered(question, response, confidence, response.medical() ? kb.disclaimer() : "", related);
    }

    private Outcome noMatch(KnowledgeBase kb, String question, Decision.Reason reason, double confidence) {
        return new Outcome.NoMatch(question, reason, kb.topics(), confidence, kb.crisis().dangerLine(region));
    }
}
