package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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
    void spellingsOneLetterApartCountAsOneHashtagFromSixCharacters() {
        // the Philippine floods of August 2012 were tagged #floodph and #floodsph
        CountMap reports = new CountMap(8);
        reports.add("floodph", 7);
        CountMap alerts = new CountMap(8);
        alerts.add("floodsph", 14);
        alerts.add("mmda", 4);
        assertThat(reports.cosine(alerts)).isZero();
        // 7 x 14 / (7 x sqrt(14² + 4²))
        assertThat(reports.cosineOfVariants(alerts, PlaceTags.none()))
                .isCloseTo(14 / Math.sqrt(212), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(alerts.cosineOfVariants(reports, PlaceTags.none()))
                .isEqualTo(reports.cosineOfVariants(alerts, PlaceTags.none()));

        Set<String> keys = Set.of("floodph", "fire", "prayforboston", "covid19", "eastgate");
        assertThat(CountMap.variantKey("floodsph", keys)).isEqualTo("floodph");
        assertThat(CountMap.variantKey("prayforbostons", keys)).isEqualTo("prayforboston");
        assertThat(CountMap.variantKey("floodph", keys)).isEqualTo("floodph");
        // shorter than six characters: #fire and #fires may be two stories
        assertThat(CountMap.variantKey("fires", keys)).isEqualTo("fires");
        // two letters apart, or a digit inserted: other tags
        assertThat(CountMap.variantKey("floodsphs", keys)).isEqualTo("floodsphs");
        assertThat(CountMap.variantKey("covid190", keys)).isEqualTo("covid190");
        // the city's place tags are left out before spellings are compared
        CountMap place = new CountMap(8);
        place.add("eastgates", 5);
        CountMap other = new CountMap(8);
        other.add("eastgate", 5);
        assertThat(place.cosineOfVariants(other, PlaceTags.of(List.of("Eastgate")))).isZero();
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
