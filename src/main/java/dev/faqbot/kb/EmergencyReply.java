package dev.faqbot.kb;

import java.util.List;

/** The fixed reply to an emergency or to a risk of self-harm, from {@code responses/crisis.yml}. */
public record EmergencyReply(String title, String answer, List<Source> sources) {

    public EmergencyReply {
        sources = List.copyOf(sources);
    }
}
