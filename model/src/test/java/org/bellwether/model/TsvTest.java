package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain row                    | a\\tb\\tc                 | a,b,c
            CRLF line end                | a\\tb\\tc\\r\\n           | a,b,c
            trailing tab ignored         | a\\tb\\tc\\t              | a,b,c
            empty middle column kept     | a\\t\\tc                  | a,,c
            hash inside a row is text    | x\\t0.5\\t#tag            | x,0.5,#tag
            UTF-8 text                   | منظمة\\tWHO\\té           | منظمة,WHO,é
            comment, blank, row          | # note\\n\\n  \\na\\tb\\tc | a,b,c
            """)
    void readsRows(String name, String text, String expected) {
        List<Tsv.Row> rows = read(unescape(text), 2);
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(String.join(",", row.columns())).isEqualTo(expected));
    }

    @Test
    void rowsKnowTheirSourceAndLine() {
        List<Tsv.Row> rows = read("# header\na\tb\n\nc\td\r\ne\tf", 2);
        assertThat(rows).extracting(Tsv.Row::where).containsExactly("test.tsv:2", "test.tsv:4", "test.tsv:5");
        assertThat(rows.get(1).get(1)).isEqualTo("d");
    }

    @Test
    void aRowWithTooFewColumnsNamesTheFileAndLine() {
        assertThatThrownBy(() -> read("a\tb\tc\n# fine\nonly\tone", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.tsv:3: expected at least 3 tab-separated columns, found 2");
    }

    @Test
    void askingForAMissingColumnNamesTheFileAndLine() {
        Tsv.Row row = read("\n\na\tb", 1).get(0);
        assertThatThrownBy(() -> row.get(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.tsv:3: no column 3 (the row has 2)");
    }

    @Test
    void readsFilesAndResources(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.tsv");
        Files.writeString(file, "Ü\tü\n", StandardCharsets.UTF_8);
        assertThat(Tsv.read(file, 2)).singleElement().satisfies(row -> {
            assertThat(row.columns()).containsExactly("Ü", "ü");
            assertThat(row.source()).isEqualTo(file.toString());
        });
        assertThat(Tsv.resource(TsvTest.class, "no-such.tsv", 1)).isEmpty();
    }

    private static List<Tsv.Row> read(String text, int minColumns) {
        return Tsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv", minColumns);
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
    }
}
