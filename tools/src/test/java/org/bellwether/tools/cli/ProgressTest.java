package org.bellwether.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void thePlainLineHasTheCountTheShareTheRateAndTheTimeLeft() {
        try (Progress progress = Progress.plain("replay", 4_000, nowhere(), null)) {
            progress.stepTo(1_000);
            assertThat(progress.line()).startsWith("replay: 1,000/4,000 (25%), ").contains("/s, about ")
                    .contains(" s left, ");
        }
    }

    @Test
    void withoutATotalTheLineHasTheCountAndTheRateOnly() {
        try (Progress progress = Progress.plain("index", 0, nowhere(), null)) {
            progress.step();
            progress.step();
            assertThat(progress.line()).startsWith("index: 2, ").doesNotContain("left").doesNotContain("%");
        }
    }

    @Test
    void aFollowedCounterIsReadWhenClosed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.plain("replay", 10, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                () -> 7);
        progress.close();
        progress.close();
        assertThat(progress.line()).startsWith("replay: 7/10 (70%)");
    }

    private static PrintStream nowhere() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
