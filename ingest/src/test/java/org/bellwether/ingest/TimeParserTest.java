package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-03-09T10:15:30Z                | 2026-03-09T10:15:30Z",
        "2026-03-09T10:15:30.250Z            | 2026-03-09T10:15:30.250Z",
        "2026-03-09T12:15:30+02:00           | 2026-03-09T10:15:30Z",
        "2026-03-09T10:15:30                 | 2026-03-09T10:15:30Z",
        "2026-03-09                          | 2026-03-09T00:00:00Z",
        "2026-03-09 10:15:30                 | 2026-03-09T10:15:30Z",
        "2026-03-09 10:15                    | 2026-03-09T10:15:00Z",
        "2026-03-09 10:15:30 UTC             | 2026-03-09T10:15:30Z",
        "2026-03-09 12:15:30+0200            | 2026-03-09T10:15:30Z",
        "2026/03/09 10:15:30                 | 2026-03-09T10:15:30Z",
        "Mon, 9 Mar 2026 10:15:30 GMT        | 2026-03-09T10:15:30Z",
        "Mon Mar 09 10:15:30 +0000 2026      | 2026-03-09T10:15:30Z",
        "1773051330                          | 2026-03-09T10:15:30Z",
        "1773051330.5                        | 2026-03-09T10:15:30.500Z",
        "1773051330250                       | 2026-03-09T10:15:30.250Z",
        "1773051330250000                    | 2026-03-09T10:15:30.250Z",
        "1773051330250000000                 | 2026-03-09T10:15:30.250Z",
    })
    void readsCommonFormats(String text, String expected) {
        assertThat(TimeParser.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "sometime last week", "2026-13-45", "12", "-5", "1899-01-01",
        "2026-03-09T25:00:00Z"})
    void rejectsWhatIsNoTime(String text) {
        assertThat(TimeParser.parse(text)).isEmpty();
    }
}
