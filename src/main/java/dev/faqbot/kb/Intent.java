package dev.faqbot.kb;

import java.util.List;

/** An intent and its training phrases, as read from {@code intents/<id>.yml}. */
public record Intent(String id, List<String> examples) {

    /** The class of questions the bot must decline. */
    public static final String OUT_OF_SCOPE = "out_of_scope";

    public Intent {
        examples = List.copyOf(examples);
    }
}
