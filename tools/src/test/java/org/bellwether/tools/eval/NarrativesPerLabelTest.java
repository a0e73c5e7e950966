package org.bellwether.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativesPerLabelTest {

    /** Appends {@code count} documents of {@code label} in {@code cluster}. */
    private static void add(List<String> gold, List<String> predicted, String label, String cluster, int count) {
        for (int i = 0; i < count; i++) {
            gold.add(label);
            predicted.add(cluster);
        }
    }

    @Test
    void countsTheClustersOfFivePostsOrMoreALabelHoldsTheMajorityOf() {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        // event a: 20 in x, 6 in y, 5 in z, 5 in w, 2 in v (too small), 3 in u where b holds the majority
        add(gold, predicted, "a", "x", 20);
        add(gold, predicted, "a", "y", 6);
        add(gold, predicted, "a", "z", 5);
        add(gold, predicted, "a", "w", 5);
        add(gold, predicted, "a", "v", 2);
        add(gold, predicted, "a", "u", 3);
        // event b: 10 in u (with a's 3: b's majority), 4 in t (too small)
        add(gold, predicted, "b", "u", 10);
        add(gold, predicted, "b", "t", 4);

        NarrativesPerLabel seen = NarrativesPerLabel.of(gold, predicted, 5);
        // a: x, y, z, w → 4; b: u → 1
        assertThat(seen.maxNarratives()).isEqualTo(4);
        assertThat(seen.meanNarratives()).isCloseTo(2.5, within(1e-12));
        assertThat(seen.labelsOverThree()).isEqualTo(1);
        // a's three largest: 20 + 6 + 5 of 41; b's: 10 + 4 of 14
        assertThat(seen.minTopThree()).isCloseTo(31.0 / 41, within(1e-12));
    }

    @Test
    void aClusterSplitEvenlyBetweenTwoLabelsIsNeithersNarrative() {
        NarrativesPerLabel seen = NarrativesPerLabel.of(List.of("a", "a", "a", "b", "b", "b"),
                List.of("x", "x", "x", "x", "x", "x"), 5);
        assertThat(seen.maxNarratives()).isZero();
        assertThat(seen.minTopThree()).isEqualTo(1.0);
    }
}
