package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlFileTest {

    private static final String TEXT = """
            # a comment first
            id: msc_basics
            examples:
              - one
              - two
            sources:
              - title: a
                url: https://b.example
            answer: |
              first line
              second line
            related: [x, y]
            """;

    @Test
    void everyFieldAndListItem_knowsItsLine() throws Exception {
        YamlFile file = YamlFile.parse(TEXT, "responses/msc_basics.yml");

        assertAll(
                () -> assertEquals(2, file.line("/id")),
                () -> assertEquals(3, file.line("/examples")),
                () -> assertEquals(4, file.line("/examples/0")),
                () -> assertEquals(5, file.line("/examples/1")),
                () -> assertEquals(6, file.line("/sources")),
                () -> assertEquals(7, file.line("/sources/0")),
                () -> assertEquals(7, file.line("/sources/0/title")),
                () -> assertEquals(8, file.line("/sources/0/url")),
                () -> assertEquals(9, file.line("/answer")),
                () -> assertEquals(12, file.line("/related/1")),
                () -> assertEquals(7, file.line("/sources/0/missing"), "a missing field: the line of its parent"),
                () -> assertEquals(1, file.line("/missing"), "a missing top-level field: line 1"),
                () -> assertEquals("first line\nsecond line\n", file.root().get("answer").asText()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                   | x.yml:1: the file is empty",
            "'# only a comment\n---\n'            | x.yml:1: the file is empty",
            "'null'                               | x.yml:1: the file is empty",
            "'- a\n- b'                           | x.yml:1: expected a mapping of fields (key: value), found a list",
            "'just text'                          | x.yml:1: expected a mapping of fields (key: value), found text",
            "'id: a\nid: b'                       | x.yml:2: YAML syntax error: Duplicate field 'id'; each field may appear only once",
            "'id: \"open\ntitle: x'               | x.yml:1: YAML syntax error: while scanning a quoted scalar: found unexpected end of stream (a quote opened on this line is never closed)"})
    void unreadableText_isOneProblemWithItsLine(String text, String problem) {
        YamlFile.BadFile bad = assertThrows(YamlFile.BadFile.class, () -> YamlFile.parse(text, "x.yml"));

        assertEquals(problem, bad.problem().toString());
        assertEquals(problem, bad.getMessage());
    }

    @Test
    void aMissingFile_isAProblem_notAnException() {
        YamlFile.BadFile bad = assertThrows(YamlFile.BadFile.class,
                () -> YamlFile.read(java.nio.file.Path.of("no/such/file.yml"), "intents/file.yml"));

        assertEquals("intents/file.yml", bad.problem().file());
        assertEquals(true, bad.problem().message().startsWith("cannot read the file ("));
    }
}
