package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Every command's --help prints as written: picocli reads descriptions as format strings, and a lone '%' makes it
 * warn and print the raw text. The descriptions are read from the annotations as written (picocli's own warning goes
 * to whatever standard error was when it was first loaded, so it cannot be caught here).
 */
class HelpTextTest {

    /** Whether the text holds a '%' that is neither part of "%%" nor of "%n". */
    static boolean hasLonePercent(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                if (i + 1 < text.length() && (text.charAt(i + 1) == '%' || text.charAt(i + 1) == 'n')) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void noDescription_holdsALonePercentSign() {
        List<String> broken = new ArrayList<>();
        int read = check(new CommandLine(new Main()), broken);
        assertTrue(read > 50, "descriptions read: " + read);
        assertTrue(broken.isEmpty(), () -> "write % as %% in: " + broken);
    }

    @Test
    void theCheck_findsALonePercentSign() {
        assertTrue(hasLonePercent("in % of questions"));
        assertTrue(hasLonePercent("100%"));
        assertTrue(!hasLonePercent("in %% of questions%n"));
    }

    private static int check(CommandLine cli, List<String> broken) {
        List<String> texts = descriptions(cli.getCommandSpec().userObject().getClass());
        texts.stream().filter(HelpTextTest::hasLonePercent).map(t -> cli.getCommandName() + ": " + t)
                .forEach(broken::add);
        int read = texts.size();
        for (CommandLine sub : cli.getSubcommands().values()) {
            read += check(sub, broken);
        }
        return read;
    }

    /** The descriptions on a command class, its superclasses and its mixins, as written in the annotations. */
    private static List<String> descriptions(Class<?> commandClass) {
        List<String> texts = new ArrayList<>();
        for (Class<?> type = commandClass; type != null; type = type.getSuperclass()) {
            Command command = type.getAnnotation(Command.class);
            if (command != null) {
                texts.addAll(List.of(command.description()));
            }
            for (Field field : type.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                Parameters parameters = field.getAnnotation(Parameters.class);
                texts.addAll(option == null ? List.of() : List.of(option.description()));
                texts.addAll(parameters == null ? List.of() : List.of(parameters.description()));
                if (field.isAnnotationPresent(Mixin.class)) {
                    texts.addAll(descriptions(field.getType()));
                }
            }
        }
        return texts;
    }
}
