package dev.faqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqbot.config.Settings;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.BrainTrainer;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Thresholds;
import dev.faqbot.eval.Calibrator;
import dev.faqbot.eval.CrossValidator;
import dev.faqbot.eval.DetectorCrossValidator;
import dev.faqbot.eval.Scorecard;
import dev.faqbot.eval.Evaluator;
import dev.faqbot.eval.LabelledFile;
import dev.faqbot.eval.LabelledLine;
import dev.faqbot.eval.ReportPrinter;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.render.AskJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code eval}: measures the bot on a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = {
        "Measure the bot on a labelled file (label<TAB>message per line; a|b means either is right;",
        "out_of_scope and crisis are labels). Trains from the knowledge base, or from --train FILE.tsv."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    @Option(names = "--test", paramLabel = "FILE.tsv", description = "The labelled questions to measure on.")
    Path test;

    @Option(names = "--cross-validate", paramLabel = "K",
            description = "K-fold cross-validation over the examples in intents/ (no --test needed).")
    Integer folds;

    @Option(names = "--cross-validate-detector", paramLabel = "K",
            description = "K-fold cross-validation of the emergency detector over intents/crisis_examples.yml and the"
                    + " knowledge base's questions: crises caught, near misses and questions flagged at each crisis"
                    + " probability (what safety.sure and safety.unsure are chosen from).")
    Integer detectorFolds;

    @Option(names = "--train", paramLabel = "FILE.tsv",
            description = "Train from this labelled file instead of intents/ (to measure the classifier on public data).")
    Path train;

    @Option(names = "--predictions", paramLabel = "OUT.jsonl", description = "Write the ask --json object for every test line.")
    Path predictions;

    @Option(names = "--calibrate",
            description = "Choose the answer, margin, clarify and choice thresholds from these results (print them; change nothing).")
    boolean calibrate;

    @Option(names = "--max-wrong", paramLabel = "PERCENT", defaultValue = "1.2",
            description = "With --calibrate: the most wrong answers allowed, in %% of in-scope questions (default 1.2;"
                    + " cross-validation runs above real traffic: the moderators' own short examples are the hardest).")
    double maxWrong;

    @Option(names = "--min-rejected", paramLabel = "PERCENT", defaultValue = "92",
            description = "With --calibrate: the fewest out-of-scope questions declined, in %% (default 92).")
    double minRejected;

    @Option(names = "--misses", description = "List every question that was not served right.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        if (folds != null && detectorFolds != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cross-validate and --cross-validate-detector are two runs: give one at a time");
        }
        for (Integer k : new Integer[] {folds, detectorFolds}) {
            if (k != null && k < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "cross-validation needs at least 2 folds: " + k);
            }
        }
        Startup startup = new Startup(Terminal.ERR, main.clock);
        Optional<Settings> settings = startup.settings(kb);
        settings.ifPresent(startup::prepare);
        if (settings.isEmpty()) {
            return 1;
        }
        if (folds != null) {
            return crossValidate(startup, settings.get());
        }
        if (detectorFolds != null) {
            return crossValidateDetector(startup, settings.get());
        }
        if (test == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "eval needs --test FILE.tsv, --cross-validate K or --cross-validate-detector K");
        }
        List<LabelledLine> lines;
        List<LabelledLine> training;
        try {
            lines = LabelledFile.read(test);
            training = train == null ? List.of() : LabelledFile.read(train);
        } catch (LabelledFile.BadFile e) {
            Terminal.ERR.println(e.getMessage());
            return 1;
        }
        Optional<KnowledgeBase> knowledgeBase = train == null ? startup.knowledgeBase(kb, settings.get()) : quietly(settings.get());
        if (knowledgeBase.isEmpty() && train == null) {
            return 1;
        }
        KnowledgeBase base = train == null ? knowledgeBase.get() : TrainingSet.asKnowledgeBase(training, knowledgeBase, main.clock.instant());
        long start = System.nanoTime();
        Brain brain = startup.trainer(settings.get()).train(base);
        long trainMillis = (System.nanoTime() - start) / 1_000_000;
        FaqBot bot = new FaqBot(brain, Startup.normaliser(settings.get()), new Decider(settings.get().thresholds()),
                new AnswerCache(0, Duration.ofMinutes(1)), settings.get().region(), main.clock);

        Evaluator.Run run = new Evaluator(bot::decide).run(lines);
        Terminal.OUT.println("eval: " + lines.size() + " questions from " + test + "; trained on "
                + (train == null ? "knowledge base " + base.version() : train) + "; thresholds " + settings.get().thresholds());
        new ReportPrinter(Terminal.OUT).print(run, trainMillis, misses);
        calibrate(run);
        if (predictions != null) {
            writePredictions(bot, lines, run);
        }
        return 0;
    }

    private int crossValidate(Startup startup, Settings settings) {
        Optional<KnowledgeBase> base = startup.knowledgeBase(kb, settings);
        if (base.isEmpty()) {
            return 1;
        }
        List<dev.faqbot.classify.LabelledText> examples = Brain.examples(base.get(), Startup.normaliser(settings));
        CrossValidator validator = new CrossValidator(startup.trainer(settings).folds(examples, base.get().synonyms()),
                new Decider(settings.thresholds()));
        long start = System.nanoTime();
        Evaluator.Run run = validator.run(examples, folds);
        Terminal.OUT.println("eval: " + folds + "-fold cross-validation over the examples of knowledge base "
                + base.get().version() + "; thresholds " + settings.thresholds());
        new ReportPrinter(Terminal.OUT).print(run, (System.nanoTime() - start) / 1_000_000, misses);
        calibrate(run);
        return 0;
    }

    private int crossValidateDetector(Startup startup, Settings settings) {
        Optional<KnowledgeBase> base = startup.knowledgeBase(kb, settings);
        if (base.isEmpty()) {
            return 1;
        }
        Optional<BrainTrainer.DetectorFolds> parts = startup.trainer(settings).detectorFolds(base.get());
        if (parts.isEmpty()) {
            Terminal.ERR.println("eval: there is no emergency detector to cross-validate: it needs the sentence model"
                    + " and examples in intents/crisis_examples.yml");
            return 1;
        }
        double sure = settings.safety().sure();
        double unsure = settings.safety().unsure();
        java.util.TreeSet<Double> thresholds = new java.util.TreeSet<>(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
                0.9));
        thresholds.add(sure);
        thresholds.add(unsure);
        DetectorCrossValidator.Result r = new DetectorCrossValidator(parts.get())
                .run(detectorFolds, new java.util.ArrayList<>(thresholds));
        Terminal.OUT.printf(java.util.Locale.ROOT, "eval: %d-fold cross-validation of the emergency detector over"
                + " knowledge base %s: %d emergency and self-harm examples, %d near misses, %d questions%n",
                detectorFolds, base.get().version(), r.crises(), r.nearMisses(), r.questions());
        Terminal.OUT.printf(java.util.Locale.ROOT, "%-20s %17s %21s %19s%n", "crisis probability", "crises caught",
                "near misses flagged", "questions flagged");
        for (DetectorCrossValidator.Row row : r.rows()) {
            String which = row.threshold() == sure ? " (sure)" : row.threshold() == unsure ? " (unsure)" : "";
            Terminal.OUT.printf(java.util.Locale.ROOT, "%-20s %9d %6.1f%% %13d %6.1f%% %11d %6.2f%%%n",
                    String.format(java.util.Locale.ROOT, "%.2f%s", row.threshold(), which),
                    row.crises(), percent(row.crises(), r.crises()), row.nearMisses(),
                    percent(row.nearMisses(), r.nearMisses()), row.questions(),
                    percent(row.questions(), r.questions()));
        }
        return 0;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private void calibrate(Evaluator.Run run) {
        if (!calibrate) {
            return;
        }
        Terminal.OUT.println();
        Optional<Calibrator.Choice> choice = new Calibrator(maxWrong / 100, minRejected / 100)
                .choose(run.lines(), run.decisions());
        if (choice.isEmpty()) {
            Terminal.OUT.printf(java.util.Locale.ROOT, "calibration: no thresholds keep wrong answers within %.1f%% and"
                    + " out-of-scope rejection at %.0f%% or more; add training examples first%n", maxWrong, minRejected);
            return;
        }
        Thresholds t = choice.get().thresholds();
        Scorecard s = choice.get().score();
        Terminal.OUT.printf(java.util.Locale.ROOT, "calibration: answered right %.1f%%, answered wrong %.1f%%, served %.1f%%,"
                + " out-of-scope rejected %.1f%% with these settings (put them in faqbot.yml to use them):%n",
                100.0 * s.answeredRight() / Math.max(1, s.inScope()), 100 * s.wrongRate(), 100 * s.servedRate(),
                100 * s.rejectedRate());
        Terminal.OUT.printf(java.util.Locale.ROOT, "thresholds:%n  answer: %.2f%n  margin: %.2f%n  clarify: %.2f%n"
                + "  choice: %.2f%n  out_of_scope: %.2f%n", t.answer(), t.margin(), t.clarify(), t.choice(), t.outOfScope());
    }

    private Optional<KnowledgeBase> quietly(Settings settings) {
        LoadResult result = Startup.loader(settings, main.clock).load(kb.kb);
        if (result instanceof LoadResult.Loaded loaded) {
            return Optional.of(loaded.knowledgeBase());
        }
        Terminal.ERR.println("note: no valid knowledge base in " + kb.kb + ", so no safety check runs in this evaluation");
        return Optional.empty();
    }

    private void writePredictions(FaqBot bot, List<LabelledLine> lines, Evaluator.Run run) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text();
                AskJson object = train == null ? AskJson.of(bot.ask(text)) : AskJson.of(text, run.decisions().get(i));
                out.write(json.writeValueAsString(object));
                out.newLine();
            }
        }
        Terminal.ERR.println("wrote " + lines.size() + " predictions to " + predictions);
    }
}
