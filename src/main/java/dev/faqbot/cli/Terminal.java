package dev.faqbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 standard streams, whatever the machine's locale says. */
final class Terminal {

    static final PrintWriter OUT = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    static final PrintWriter ERR = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);

    private Terminal() {
    }

    static BufferedReader in() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
