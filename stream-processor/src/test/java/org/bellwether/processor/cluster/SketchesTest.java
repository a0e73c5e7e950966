package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SketchesTest {

    @Test
    void hyperLogLogCountsDistinctValuesWithinItsError() {
        Hll small = new Hll(8);
        for (int i = 0; i < 20; i++) {
            small.add(i);
            small.add(i);
        }
        assertThat(small.estimate()).isBetween(19L, 21L);
        Hll large = new Hll(8);
        for (int i = 0; i < 50_000; i++) {
            large.add(i * 31L);
        }
        assertThat(large.estimate()).isBetween(42_000L, 58_000L);
        Hll other = new Hll(8);
        for (int i = 0; i < 20; i++) {
            other.add(1_000 + i);
        }
        small.merge(other);
        assertThat(small.estimate()).isBetween(37L, 43L);
    }

    @Test
    void countMapKeepsTheHeavyKeysWhenFull() {
        CountMap counts = new CountMap(3);
        counts.add("fire", 10);
        counts.add("smoke", 5);
        counts.add("rain", 1);
        counts.add("wind", 1);
        counts.add("fire", 1);
        assertThat(counts.top(2)).containsExactly("fire", "smoke");
        assertThat(counts.size()).isEqualTo(3);
        assertThat(counts.get("wind")).isEqualTo(2);
        assertThat(counts.get("rain")).isZero();
    }

    @Test
    void countMapCosineComparesCountsWhateverTheirOrder() {
        CountMap first = new CountMap(8);
        first.add("santamaria", 3);
        first.add("luto", 4);
        CountMap second = new CountMap(8);
        second.add("luto", 8);
        second.add("santamaria", 6);
        CountMap other = new CountMap(8);
        other.add("bigwet", 2);

        assertThat(first.cosine(second)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(second.cosine(first)).isEqualTo(first.cosine(second));
        assertThat(first.cosine(other)).isZero();
        assertThat(first.cosine(new CountMap(8))).isZero();
        CountMap half = new CountMap(8);
        half.add("luto", 1);
        half.add("bigwet", 1);
        assertThat(first.cosine(half)).isCloseTo(4 / (5 * Math.sqrt(2)), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void hourlyVolumeKeepsAWeekAndSumsRanges() {
        HourlyVolume volume = new HourlyVolume();
        long hour = HourlyVolume.hourMillis();
        volume.add(0, 2);
        volume.add(hour * 5 + 10, 3);
        assertThat(volume.between(0, 5)).isEqualTo(5);
        volume.add(hour * (HourlyVolume.HOURS + 1), 1);
        assertThat(volume.between(0, 0)).isZero();
        assertThat(volume.between(5, 5)).isEqualTo(3);
    }
}
