package dev.faqbot.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code responses/<id>.yml}: a vetted answer with sources, review dates and follow-ups. */
final class ResponseReader {

    private static final Set<String> FIELDS =
            Set.of("id", "title", "answer", "sources", "reviewed", "next_review", "related", "medical");

    /**
     * A response with the line of each field, for checks that need them later; {@code sources} and {@code related}
     * say where each of the response's sources and related ids stands in the file.
     */
    record Read(Response response, Fields fields, List<SourcesReader.At> sources, List<Fields.Item> related) {
    }

    Optional<Read> read(YamlFile file, String expectedId, List<Problem> problems) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(FIELDS);
        Ids.checkId(fields, expectedId);
        boolean medical = fields.bool("medical", true);
        Optional<String> title = fields.text("title", true);
        Optional<String> answer = fields.text("answer", true);
        List<SourcesReader.At> sources = SourcesReader.readAt(fields, file.root(), "", medical);
        Optional<LocalDate> reviewed = fields.date("reviewed", true);
        Optional<LocalDate> nextReview = fields.date("next_review", false);
        List<Fields.Item> related = fields.texts("related", false);
        if (reviewed.isPresent() && nextReview.isPresent() && !nextReview.get().isAfter(reviewed.get())) {
            fields.error("/next_review", nextReview.get() + " must come after reviewed (" + reviewed.get() + ")");
        }
        if (title.isEmpty() || answer.isEmpty() || reviewed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new Response(expectedId, title.get(), answer.get(), SourcesReader.sources(sources),
                reviewed.get(), nextReview, related.stream().map(Fields.Item::text).toList(), medical), fields, sources,
                related));
    }
}
