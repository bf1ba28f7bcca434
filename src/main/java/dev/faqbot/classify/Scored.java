package dev.faqbot.classify;

/** An intent with the classifier's confidence in it, from 0 to 1. */
public record Scored(String intent, double confidence) {
}
