package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void aWireNameReadsBackWhateverItsCaseAndSpaces() {
        for (Severity severity : Severity.values()) {
            assertThat(Severity.fromWireName(severity.wireName())).isEqualTo(severity);
        }
        assertThat(Severity.fromWireName(" High ")).isEqualTo(Severity.HIGH);
        assertThatThrownBy(() -> Severity.fromWireName("urgent")).isInstanceOf(IllegalArgumentException.class);
    }
}
