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
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate}: checks the knowledge base and prints every problem; exit 1 on any error. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Check the knowledge base (intents/ and responses/) and print every problem as file:line: message.",
        "Exit code 0: no errors (warnings may be printed). Exit code 1: errors; the bot would refuse to load it."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, markdown }

    @Mixin
    KbOptions kb = new KbOptions();

    @Option(names = "--format", defaultValue = "text", description = "text (default) or markdown, for pasting into a review.")
    Format format = Format.text;

    @Option(names = "--cross-validate", paramLabel = "K", description = {
            "Also warn about intents whose examples the model mixes up, from K-fold cross-validation",
            "(K models are trained: this takes K times as long as loading the bot)."})
    Integer folds;

    @Override
    public Integer call() {
        PrintWriter out = Terminal.OUT;
        Startup startup = new Startup(Terminal.ERR);
        Optional<Settings> settings = startup.settings(kb);
        if (settings.isEmpty()) {
            return 1;
        }
        LoadResult result = Startup.loader(settings.get()).load(kb.kb);
        // The loader's problems plus advice on the examples (warnings only: few examples, near-duplicates).
        List<Problem> problems = new ArrayList<>(result.problems());
        problems.addAll(new ExampleAdvisor(Startup.normaliser(settings.get())).advise(kb.kb));
        if (folds != null && result instanceof LoadResult.Loaded loaded) {
            problems.addAll(confusedIntents(startup, loaded.knowledgeBase(), settings.get()));
        }
        problems.sort(Problem.READING_ORDER);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (format == Format.markdown) {
            markdown(out, result, problems, errors, warnings);
        } else {
            problems.forEach(out::println);
            out.println(summary(result, errors, warnings));
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

    private static String summary(LoadResult result, long errors, long warnings) {
        if (result instanceof LoadResult.Loaded loaded) {
            return "OK: " + loaded.knowledgeBase().intents().size() + " intents, "
                    + loaded.knowledgeBase().responses().size() + " answers, version "
                    + loaded.knowledgeBase().version() + (warnings > 0 ? "; " + warnings + " warning(s)" : "");
        }
        return "FAILED: " + errors + " error(s), " + warnings + " warning(s)";
    }

    private static void markdown(PrintWriter out, LoadResult result, List<Problem> problems, long errors,
                                 long warnings) {
        out.println("### Knowledge base check: " + (errors > 0 ? "failed" : "passed"));
        out.println();
        out.println(summary(result, errors, warnings));
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
