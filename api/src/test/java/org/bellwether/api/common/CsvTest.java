package org.bellwether.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+1+1|'+1+1",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "`  =1+1`|`'  =1+1`",
            "\uFF1D1+1|'\uFF1D1+1",
            "\uFF201|'\uFF201",
            "plain text|plain text",
            "a=b|a=b",
            "3 - 2|3 - 2",
    })
    void defusesWhatASpreadsheetWouldRun(String value, String expected) {
        assertThat(Csv.defuse(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "a,b|\"a,b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "`line\nbreak`|`\"line\nbreak\"`",
    })
    void quotesCsvCellsThatNeedIt(String value, String expected) {
        assertThat(Csv.cell(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnAtTheStartAreDefused() {
        assertThat(Csv.defuse("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.defuse("\r=1")).isEqualTo("'\r=1");
        assertThat(Csv.row("a", null, "=1")).isEqualTo("a,,\"'=1\"\r\n");
        assertThat(Csv.cell("=cmd|' /C calc'!A0")).isEqualTo("\"'=cmd|' /C calc'!A0\"");
    }
}
