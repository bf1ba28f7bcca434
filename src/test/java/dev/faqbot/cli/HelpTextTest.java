package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's --help prints as written: picocli reads descriptions as format strings. */
class HelpTextTest {

    /** A '%' that is neither "%%" nor "%n" breaks picocli's formatting (it warns and prints the raw text). */
    private static final Pattern LONE_PERCENT = Pattern.compile("%(?![%n])");

    @Test
    void noDescription_holdsALonePercentSign() {
        List<String> broken = new ArrayList<>();
        check(new CommandLine(new Main()), broken);
        assertTrue(broken.isEmpty(), () -> "write % as %% in: " + broken);
    }

    private static void check(CommandLine cli, List<String> broken) {
        CommandSpec spec = cli.getCommandSpec();
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        for (OptionSpec option : spec.options()) {
            texts.addAll(List.of(option.description()));
        }
        texts.stream().filter(t -> LONE_PERCENT.matcher(t).find()).map(t -> spec.qualifiedName() + ": " + t)
                .forEach(broken::add);
        cli.getSubcommands().values().forEach(sub -> check(sub, broken));
    }
}
