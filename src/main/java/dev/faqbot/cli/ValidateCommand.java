package dev.faqbot.cli;

import dev.faqbot.classify.LabelledText;
import dev.faqbot.config.Settings;
import dev.faqbot.core.Brain;
import dev.faqbot.core.Decider;
import dev.faqbot.eval.ConfusedIntents;
import dev.faqbot.eval.CrossValidator;
import dev.faqbot.eval.Evaluator;
import dev.faqbot.kb.ExampleAdvisor;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.kb.Problem;
import dev.faqbot.kb.Today;
import dev.faqbot.moderation.StaleReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code validate}: checks the knowledge base and prints every problem; exit 1 on any error. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Check the knowledge base (intents/ and responses/) and print every problem as file:line: message.",
        "Exit code 0: no errors (warnings may be printed). Exit code 1: errors; the bot would refuse to load it."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, markdown }

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    @Option(names = "--format", defaultValue = "text", description = "text (default) or markdown, for pasting into a review.")
    Format format = Format.text;

    @Option(names = "--cross-validate", paramLabel = "K", description = {
            "Also warn about intents whose examples the model mixes up, from K-fold cross-validation",
            "(K models are trained: this takes K times as long as loading the bot)."})
    Integer folds;

    @Override
    public Integer call() {
        PrintWriter out = Terminal.OUT;
        Startup startup = new Startup(Terminal.ERR, main.clock);
        Optional<Settings> settings = startup.settings(kb);
        if (settings.isEmpty()) {
            return 1;
        }
        LoadResult result = Startup.loader(settings.get(), main.clock).load(kb.kb);
        // The loader's problems plus advice on the examples (warnings only: few examples, near-duplicates).
        List<Problem> problems = new ArrayList<>(result.problems());
        problems.addAll(new ExampleAdvisor(Startup.normaliser(settings.get())).advise(kb.kb));
        if (folds != null && result instanceof LoadResult.Loaded loaded) {
            problems.addAll(confusedIntents(startup, loaded.knowledgeBase(), settings.get()));
        }
        problems.sort(Problem.READING_ORDER);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        String summary = summary(result, errors, warnings, main.clock);
        if (format == Format.markdown) {
            markdown(out, summary, problems, errors);
        } else {
            problems.forEach(out::println);
            out.println(summary);
        }
        out.flush();
        return errors > 0 ? 1 : 0;
    }

    private List<Problem> confusedIntents(Startup startup, KnowledgeBase base, Settings settings) {
        Terminal.ERR.println("Cross-validating with " + folds + " folds...");
        List<LabelledText> examples = Brain.examples(base, Startup.normaliser(settings));
        Evaluator.Run run = new CrossValidator(startup.trainer(settings).folds(examples, base.synonyms()),
                new Decider(settings.thresholds())).run(examples, folds);
        // Three or more examples and a tenth of the intent: fewer is the noise any model makes.
        return ConfusedIntents.warnings(ConfusedIntents.of(run, 3, 0.10), kb.kb, folds);
    }

    private static String summary(LoadResult result, long errors, long warnings, Clock clock) {
        if (result instanceof LoadResult.Loaded loaded) {
            KnowledgeBase base = loaded.knowledgeBase();
            List<String> withdrawn = StaleReport.of(base, Today.of(clock), 0).withdrawn().stream()
                    .map(StaleReport.Due::intent).toList();
            return "OK: " + base.intents().size() + " intents, " + base.responses().size() + " answers, version "
                    + base.version() + (warnings > 0 ? "; " + warnings + " warning(s)" : "")
                    + (withdrawn.isEmpty() ? "" : "; " + withdrawn.size() + " answer(s) withdrawn for review ("
                    + String.join(", ", withdrawn) + "): the bot shows only their sources until they are reviewed");
        }
        return "FAILED: " + errors + " error(s), " + warnings + " warning(s)";
    }

    private static void markdown(PrintWriter out, String summary, List<Problem> problems, long errors) {
        out.println("### Knowledge base check: " + (errors > 0 ? "failed" : "passed"));
        out.println();
        out.println(summary);
        if (problems.isEmpty()) {
            return;
        }
        out.println();
        out.println("| | file | line | problem |");
        out.println("|---|---|---|---|");
        for (Problem p : problems) {
            String what = (p.field().isEmpty() ? "" : "`" + p.field() + "`: ") + p.message().replace("|", "\\|");
            out.println("| " + (p.isError() ? "error" : "warning") + " | " + p.file() + " | " + p.line() + " | " + what + " |");
        }
    }
}
