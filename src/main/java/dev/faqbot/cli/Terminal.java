package dev.faqbot.cli;

import dev.faqbot.render.TerminalText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** UTF-8 standard streams, whatever the machine's locale says. */
final class Terminal {

    static final PrintWriter OUT = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    static final PrintWriter ERR = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);

    private Terminal() {
    }

    /**
     * How answers are written: ANSI bold only on a real terminal (not a file or a pipe), and not when the user
     * asked for no colours (NO_COLOR, https://no-color.org) or the terminal cannot show them (TERM=dumb).
     */
    static TerminalText text(Map<String, String> environment) {
        boolean terminal = System.console() != null;
        boolean refused = environment.containsKey("NO_COLOR") || "dumb".equals(environment.get("TERM"));
        return terminal && !refused ? TerminalText.ansi() : TerminalText.plain();
    }

    static BufferedReader in() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
