package dev.faqbot.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the command line in-process with its standard streams captured. {@link Terminal} wraps System.out and
 * System.err once, when it is first used; so before that happens this class points them at streams it can switch
 * between the real console and a buffer. Every CLI test goes through here.
 */
final class Console {

    private static final Switch OUT = new Switch(System.out);
    private static final Switch ERR = new Switch(System.err);

    static {
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(OUT, true, UTF_8));
        System.setErr(new PrintStream(ERR, true, UTF_8));
        try {
            Class.forName(Terminal.class.getName(), true, Console.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** What one run printed, and its exit code. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    private Console() {
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    /** Runs {@code faqbot args...} with {@code clock} as the bot's clock. */
    static Run runAt(Clock clock, String stdin, String... args) {
        return runWithInput(clock, stdin, args);
    }

    /**
     * Settings every in-process run gets unless it names its own: the tests' cache folder, so the sentence vectors
     * and models that one test made serve the next (the suite would otherwise embed and train over and over).
     */
    static final Path TEST_SETTINGS = writeTestSettings();

    private static Path writeTestSettings() {
        try {
            Path file = Files.createDirectories(Brains.CACHE).resolve("test-settings.yml");
            Files.writeString(file, "cache:\n  folder: \"" + Brains.CACHE.toString().replace('\\', '/') + "\"\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] withTestSettings(String... args) {
        if (args.length == 0 || args[0].startsWith("-") || Arrays.asList(args).contains("--settings")) {
            return args;
        }
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(1, List.of("--settings", TEST_SETTINGS.toString()));
        return all.toArray(String[]::new);
    }

    /**
     * Runs {@code faqbot args...} with {@code stdin} as standard input (and the tests' cache folder), on the day of the
     * shipped knowledge base's last review ({@link Kbs#SHIPPED_TODAY}), so that a run gives the same on any day.
     */
    static Run runWithInput(String stdin, String... given) {
        return runWithInput(Kbs.SHIPPED_TODAY, stdin, given);
    }

    private static synchronized Run runWithInput(Clock clock, String stdin, String... given) {
        String[] args = withTestSettings(given);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = System.in;
        OUT.target = out;
        ERR.target = err;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(UTF_8)));
        int exit;
        try {
            exit = Main.run(clock, args);
        } finally {
            Terminal.OUT.flush();
            Terminal.ERR.flush();
            OUT.target = OUT.console;
            ERR.target = ERR.console;
            System.setIn(in);
        }
        Run run = new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
        if (run.out().isEmpty() && run.err().isEmpty()) {
            throw new IllegalStateException("nothing was captured: was Terminal used before Console was loaded?");
        }
        return run;
    }

    /** An output stream whose target can be switched. */
    private static final class Switch extends OutputStream {
        final OutputStream console;
        volatile OutputStream target;

        Switch(OutputStream console) {
            this.console = console;
            this.target = console;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            target.flush();
        }
    }
}
