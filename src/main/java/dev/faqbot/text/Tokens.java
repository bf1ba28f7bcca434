package dev.faqbot.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Splits normalised text into word tokens: letters and digits, with apostrophes dropped ("can't" -> "cant"). */
public final class Tokens {

    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019]");
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Tokens() {
    }

    public static String[] of(CharSequence normalised) {
        String text = APOSTROPHE.matcher(normalised).replaceAll("");
        return Arrays.stream(SEPARATOR.split(text)).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }
}
