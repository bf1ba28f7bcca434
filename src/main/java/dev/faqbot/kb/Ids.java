package dev.faqbot.kb;

import java.util.regex.Pattern;

/** The rule for intent ids: lower case, digits and underscores, and the same as the file name. */
final class Ids {

    static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private Ids() {
    }

    static void checkId(Fields fields, String expectedId) {
        fields.text("id", true).ifPresent(id -> {
            if (!id.equals(expectedId)) {
                fields.error("/id", "'" + id + "' does not match the file name; expected '" + expectedId + "'");
            }
        });
    }

    static boolean valid(String id) {
        return VALID.matcher(id).matches();
    }
}
