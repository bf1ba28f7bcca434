package dev.faqbot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Makes the options every command shares ({@code --kb}, {@code --settings}) mean the same before the command as
 * after it: {@code faqbot --kb X validate} is {@code faqbot validate --kb X}. Picocli parses the ones before the
 * command into the top command; this hands them to the command that runs. Given on both sides with two values,
 * they are refused; an option of one command given before it gets a message saying where it goes.
 */
final class OptionOrder {

    /** The options that may stand on either side of the command. */
    static final List<String> SHARED = List.of("--kb", "--settings");

    private OptionOrder() {
    }

    /** Runs the command after giving it the shared options that stood before it. */
    static int execute(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        if (command != parsed) {
            for (String name : SHARED) {
                handDown(parsed, command, name);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static void handDown(ParseResult top, ParseResult command, String name) {
        OptionSpec given = top.matchedOption(name);
        OptionSpec own = command.commandSpec().findOption(name);
        if (given == null || own == null) {
            return;
        }
        OptionSpec after = command.matchedOption(name);
        if (after == null) {
            own.setValue(given.getValue());
        } else if (!same(after.getValue(), given.getValue())) {
            throw new ParameterException(command.commandSpec().commandLine(), name + " was given twice, before the"
                    + " command (" + given.getValue() + ") and after it (" + after.getValue() + "); give it once");
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Path p && b instanceof Path q) {
            return p.toAbsolutePath().normalize().equals(q.toAbsolutePath().normalize());
        }
        return Objects.equals(a, b);
    }

    /**
     * For an option the top command does not know: which command it belongs to, so the message can say where to
     * put it ("--json is an option of ask: put it after the command, as in faqbot ask --json").
     */
    static Optional<String> misplaced(CommandLine top, String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (!name.startsWith("-")) {
            return Optional.empty();
        }
        return top.getSubcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(spec -> spec.findOption(name) != null).map(CommandSpec::name).findFirst()
                .map(command -> name + " is an option of " + command + ": put it after the command, as in "
                        + top.getCommandName() + " " + command + " " + arg);
    }
}
