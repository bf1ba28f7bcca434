package dev.faqbot.classify;

/** One training or test example: the intent it belongs to and its text. */
public record LabelledText(String label, String text) {
}
