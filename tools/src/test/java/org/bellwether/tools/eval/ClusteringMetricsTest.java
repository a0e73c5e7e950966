package org.bellwether.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {

    @Test
    void perfectClusteringScoresOneWhateverTheNames() {
        ClusteringMetrics m = ClusteringMetrics.of(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y"));
        assertThat(m.nmi()).isCloseTo(1.0, within(1e-12));
        assertThat(m.ari()).isCloseTo(1.0, within(1e-12));
        assertThat(m.b3F1()).isCloseTo(1.0, within(1e-12));
        assertThat(m.clusters()).isEqualTo(2);
    }

    @Test
    void matchesHandComputedValues() {
        // gold {0,1,2}{3,4}; predicted {0,1}{2,3,4}
        ClusteringMetrics m = ClusteringMetrics.of(List.of("a", "a", "a", "b", "b"), List.of("x", "x", "y", "y", "y"));
        // B-cubed precision: (1 + 1 + 1/3 + 2/3 + 2/3) / 5; recall: (2/3 + 2/3 + 1/3 + 1 + 1) / 5
        assertThat(m.b3Precision()).isCloseTo((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, within(1e-12));
        assertThat(m.b3Recall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, within(1e-12));
        // H(gold) = H(pred) = -(0.6 ln 0.6 + 0.4 ln 0.4); MI = 0.8 ln(5/3) + 0.2 ln(5/9); NMI = MI / H
        double entropy = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4));
        double mutual = 0.8 * Math.log(5.0 / 3) + 0.2 * Math.log(5.0 / 9);
        assertThat(m.nmi()).isCloseTo(mutual / entropy, within(1e-12));
        // pairs together in both: 2; in gold: 4; in predicted: 4; of 10: expected 1.6, ARI = (2 - 1.6) / (4 - 1.6)
        assertThat(m.ari()).isCloseTo(0.4 / 2.4, within(1e-12));
    }

    @Test
    void oneClusterForEverythingHasNoInformation() {
        ClusteringMetrics m = ClusteringMetrics.of(List.of("a", "b", "c"), List.of("x", "x", "x"));
        assertThat(m.nmi()).isZero();
        assertThat(m.b3Recall()).isEqualTo(1.0);
    }
}
