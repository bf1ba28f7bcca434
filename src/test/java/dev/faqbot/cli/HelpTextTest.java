package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help prints as written: picocli reads descriptions as format strings ("%" must be "%%"). */
class HelpTextTest {

    @Test
    void everyCommandsHelp_formatsWithoutAWarning() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            usage(new CommandLine(new Main()));
        } finally {
            System.setErr(original);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("Could not format"), warnings);
    }

    private static void usage(CommandLine cli) {
        cli.getUsageMessage();
        cli.getSubcommands().values().forEach(HelpTextTest::usage);
    }
}
