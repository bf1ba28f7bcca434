package dev.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a {@code sources} list: each entry a {title, url} with an https url. */
final class SourcesReader {

    private SourcesReader() {
    }

    /** A source that passed every check, and where it stands in the file ({@code /sources/2}). */
    record At(Source source, String pointer) {
    }

    static List<Source> read(Fields fields, boolean required) {
        return sources(readAt(fields, fields.file().root(), "", required));
    }

    /** The {@code sources} list under {@code parent}, which stands at {@code pointer} in the file. */
    static List<Source> read(Fields fields, JsonNode parent, String pointer, boolean required) {
        return sources(readAt(fields, parent, pointer, required));
    }

    static List<Source> sources(List<At> read) {
        return read.stream().map(At::source).toList();
    }

    /**
     * As {@link #read}, keeping each good source's place: a bad one is left out, so a later check must not take
     * the n-th good source for the n-th in the file.
     */
    static List<At> readAt(Fields fields, JsonNode parent, String pointer, boolean required) {
        JsonNode node = parent.get("sources");
        String list = pointer + "/sources";
        List<At> sources = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                fields.error(list, "missing; add at least one {title, url} source");
            }
            return sources;
        }
        if (!node.isArray()) {
            fields.error(list, "must be a list of {title, url} entries");
            return sources;
        }
        if (node.isEmpty() && required) {
            fields.error(list, "must list at least one {title, url} source");
        }
        for (int i = 0; i < node.size(); i++) {
            String at = list + "/" + i;
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                fields.error(at, "must be a {title, url} entry");
                continue;
            }
            var title = fields.text(entry, at, "title", true);
            var url = fields.text(entry, at, "url", true).filter(u -> httpsUrl(fields, at + "/url", u));
            if (title.isPresent() && url.isPresent()) {
                sources.add(new At(new Source(title.get(), url.get()), at));
            }
        }
        return sources;
    }

    private static boolean httpsUrl(Fields fields, String at, String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))) {
                fields.error(at, "'" + url + "' must start with https://");
                return false;
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                fields.error(at, "'" + url + "' has no host name");
                return false;
            }
            return true;
        } catch (URISyntaxException e) {
            fields.error(at, "'" + url + "' is not a valid URL (" + e.getReason() + ")");
            return false;
        }
    }

    static String host(String url) {
        return URI.create(url).getHost();
    }
}
