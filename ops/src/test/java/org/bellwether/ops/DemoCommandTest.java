package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellwether demo}: the file it writes and its usage errors. */
class DemoCommandTest {

    @Test
    void theCommandWritesAFileOfTheRequestedShape(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.jsonl");
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        int exit = DemoCommand.run(new String[] {"--out", file.toString(), "--seed", "9", "--malformed", "7",
            "--chatter-per-day", "400", "--narrative-scale", "0.4"}, new java.io.PrintStream(buffer, true,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        int posts = DemoScenario.generate(new DemoSettings(9, DemoSettings.DEFAULT_START, 72, 400, 0.4)).posts().size();
        assertThat(java.nio.file.Files.readAllLines(file)).hasSize(posts + 7);
        assertThat(buffer.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("wrote " + posts + " posts and 7")
                .contains("threat-mayor: ");
        assertThat(DemoCommand.run(new String[] {"--seed"}, new java.io.PrintStream(buffer))).isEqualTo(2);
    }
}
