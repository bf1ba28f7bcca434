package dev.faqbot.cli;

import dev.faqbot.discord.gateway.TokenSource;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -jar faqbot.jar [command]}: the bot's command line. */
@Command(name = "faqbot", mixinStandardHelpOptions = true, version = "faqbot 0.1.0",
        description = {
                "A FAQ bot for ALS and stem cell therapy questions: vetted, sourced answers, never a guess.",
                "Without a command: runs on Discord when DISCORD_TOKEN is set, else opens the console chat.",
                "--kb and --settings may stand before the command or after it."},
        subcommands = {ChatCommand.class, DiscordCommand.class, AskCommand.class, ValidateCommand.class,
                EvalCommand.class, ReviewCommand.class, StatsCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    KbOptions kb = new KbOptions();

    /** The machine's clock, read in UTC: the only one the bot makes. */
    private static final Clock SYSTEM_CLOCK = Clock.systemUTC();

    /** The process environment; tests put their own in. */
    Map<String, String> environment = System.getenv();

    /**
     * The bot's one clock, in UTC: every date it reasons about (review dates, the learning log's hours, statistics)
     * comes from here, through the commands ({@code @ParentCommand}). Tests put a fixed one in.
     */
    Clock clock = SYSTEM_CLOCK;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(SYSTEM_CLOCK, args);
    }

    /** Runs the command line with {@code clock} as the bot's clock. */
    static int run(Clock clock, String... args) {
        Main main = new Main();
        main.clock = clock;
        CommandLine cli = new CommandLine(main);
        cli.setOut(Terminal.OUT).setErr(Terminal.ERR);
        cli.setExecutionStrategy(OptionOrder::execute);
        cli.setParameterExceptionHandler(misplacedOptions(cli.getParameterExceptionHandler()));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            // A clear one-line message for people; the stack trace only when asked for.
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("FAQBOT_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli.execute(args);
    }

    /** A command's own option given before the command: say where it goes, instead of only "unknown option". */
    private static CommandLine.IParameterExceptionHandler misplacedOptions(CommandLine.IParameterExceptionHandler usual) {
        return (e, args) -> {
            CommandLine top = e.getCommandLine();
            Optional<String> hint = e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && top.getParent() == null ? unmatched.getUnmatched().stream()
                    .map(arg -> OptionOrder.misplaced(top, arg)).flatMap(Optional::stream).findFirst() : Optional.empty();
            if (hint.isEmpty()) {
                return usual.handleParseException(e, args);
            }
            top.getErr().println(hint.get());
            top.getErr().println("Run '" + top.getCommandName() + " --help' for the commands and their options.");
            return top.getCommandSpec().exitCodeOnInvalidInput();
        };
    }

    @Override
    public Integer call() throws Exception {
        return defaultCommand().call();
    }

    /** Discord when a token is in the environment, else the console chat. */
    Callable<Integer> defaultCommand() {
        if (TokenSource.inEnvironment(environment)) {
            DiscordCommand discord = new DiscordCommand();
            discord.kb = kb;
            discord.environment = environment;
            discord.main = this;
            return discord;
        }
        ChatCommand chat = new ChatCommand();
        chat.kb = kb;
        chat.main = this;
        return chat;
    }
}
