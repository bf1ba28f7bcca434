package dev.faqbot.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A vetted answer, as read from {@code responses/<id>.yml}. {@code medical} answers carry the disclaimer. */
public record Response(String id, String title, String answer, List<Source> sources, LocalDate reviewed,
                       Optional<LocalDate> nextReview, List<String> related, boolean medical) {

    public Response {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }
}
