package org.bellwether.tools.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The fault drill, small: three brokers, two processor JVMs, the indexer; a broker killed and brought back, a
 * processor killed with SIGKILL, the indexer restarted, all mid-stream. Nothing may be lost or duplicated and each
 * alert must be raised once. Outcomes only, never timing.
 */
class FaultDrillTest {

    @Test
    void nothingIsLostOrDuplicatedAcrossABrokerAProcessorAndAnIndexerFailure() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        DrillResult result = new FaultDrill(new FaultDrill.Options(3, 1_500, 3, 75, 7), out).run();
        System.out.print(output.toString(StandardCharsets.UTF_8)); // the drill's account, in the test report

        assertThat(result.faults()).as(output.toString(StandardCharsets.UTF_8)).hasSize(4);
        assertThat(result.faults().get(0)).startsWith("broker ").contains(" killed at ");
        assertThat(result.faults().get(1)).contains(" back after ");
        assertThat(result.faults().get(2)).startsWith("processor-2 killed (SIGKILL)");
        assertThat(result.faults().get(3)).startsWith("indexer restarted");
        assertThat(result.posts()).isEqualTo(1_500);
        assertThat(result.lost()).as("lost").isZero();
        assertThat(result.duplicates()).as("duplicates").isZero();
        assertThat(result.scored()).isEqualTo(1_500);
        assertThat(result.indexed()).isEqualTo(1_500);
        assertThat(result.alerts()).as("alerts raised, each once").isPositive();
        assertThat(result.json()).startsWith("{\"posts\":1500,\"scored\":1500,\"indexed\":1500,\"duplicates\":0,"
                + "\"lost\":0,\"alerts\":").contains("\"faults\":[\"broker ");
    }
}
