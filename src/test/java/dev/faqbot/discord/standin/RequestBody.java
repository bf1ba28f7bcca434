package dev.faqbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A REST request's body as the stand-in reads it: the JSON (plain, or the {@code payload_json} part of a multipart
 * upload, which is how JDA sends a message with files), and the files uploaded with it, by name, with their sizes.
 */
record RequestBody(JsonNode json, Map<String, Integer> files) {

    static final RequestBody EMPTY = new RequestBody(null, Map.of());

    static RequestBody read(byte[] bytes, String contentType) throws IOException {
        if (bytes.length == 0) {
            return EMPTY;
        }
        if (contentType == null || !contentType.startsWith("multipart/form-data")) {
            return new RequestBody(Payloads.JSON.readTree(new String(bytes, StandardCharsets.UTF_8)), Map.of());
        }
        // ISO-8859-1 keeps one character per byte, so positions in the text are positions in the bytes.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length())
                .replace("\"", "");
        JsonNode json = null;
        Map<String, Integer> files = new LinkedHashMap<>();
        for (String part : text.split(Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split);
            String content = part.substring(split + 4, part.endsWith("\r\n") ? part.length() - 2 : part.length());
            if (headers.contains("name=\"payload_json\"")) {
                json = Payloads.JSON.readTree(content.getBytes(StandardCharsets.ISO_8859_1));
            } else if (headers.contains("filename=\"")) {
                int from = headers.indexOf("filename=\"") + "filename=\"".length();
                files.put(headers.substring(from, headers.indexOf('"', from)), content.length());
            }
        }
        return new RequestBody(json, files);
    }
}
