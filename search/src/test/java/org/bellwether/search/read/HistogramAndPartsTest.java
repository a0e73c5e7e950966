package org.bellwether.search.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.bellwether.model.VolumeBucket;
import org.bellwether.search.Highlight;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.bellwether.search.index.IndexFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HistogramAndPartsTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0} days of posts → {1} h buckets")
    @CsvSource({"1, 1", "8, 1", "9, 2", "30, 6", "100, 12", "365, 48", "1300, 168", "1500, 336", "3650, 720"})
    void bucketsWidenWithTheSpanAndNeverExceedTheMaximum(int days, int expectedHours) {
        long span = Duration.ofDays(days).toMillis() - 1;
        HistogramPlan plan = HistogramPlan.forRange(START.toEpochMilli(), START.toEpochMilli() + span, null, null);
        long[] fine = new long[plan.size()];
        fine[0] = 3;
        fine[plan.size() - 1] = 4;
        List<VolumeBucket> buckets = plan.buckets(fine);
        assertThat(buckets.size()).isLessThanOrEqualTo(HistogramPlan.MAX_BUCKETS);
        assertThat(buckets.stream().mapToLong(VolumeBucket::posts).sum()).isEqualTo(7);
        if (buckets.size() > 1) {
            assertThat(Duration.between(buckets.get(0).start(), buckets.get(1).start()))
                    .isEqualTo(Duration.ofHours(expectedHours));
        }
        for (int i = 1; i < buckets.size(); i++) {
            assertThat(Duration.between(buckets.get(i - 1).start(), buckets.get(i).start()))
                    .as("contiguous and equal").isEqualTo(Duration.ofHours(expectedHours));
        }
    }

    @Test
    void aSearchWindowIsCoveredWholeEvenWhereNothingMatched() {
        HistogramPlan plan = HistogramPlan.forRange(START.toEpochMilli(), START.toEpochMilli(),
                START.minus(Duration.ofHours(2)), START.plus(Duration.ofHours(3)));
        long[] fine = new long[plan.size()];
        fine[plan.bucketOf(START.toEpochMilli())] = 5;
        assertThat(plan.buckets(fine)).extracting(VolumeBucket::posts).containsExactly(0L, 0L, 5L, 0L, 0L);
        assertThat(plan.bucketOf(START.plus(Duration.ofHours(3)).toEpochMilli())).isEqualTo(-1);
    }

    @Test
    void longTextsYieldOnePassageAroundTheMatchWithEllipses() {
        String text = "Opening words. ".repeat(40) + "The shelter on Dock Street is full of rats. " + "More. ".repeat(80);
        Snippets snippets = new Snippets(new LanguageAnalyzers().perField(IndexFields::postText, IndexFields::narrativeText));
        List<Highlight> parts = snippets.highlight("text_en", new TermQuery(new Term("text_en", "rat")), text);
        assertThat(parts.get(0).text()).startsWith(PartsFormatter.ELLIPSIS);
        assertThat(parts.get(parts.size() - 1).text()).endsWith(PartsFormatter.ELLIPSIS);
        assertThat(parts).filteredOn(Highlight::match).extracting(Highlight::text).containsExactly("rats");
        String joined = parts.stream().map(Highlight::text).collect(Collectors.joining());
        assertThat(joined.length()).isLessThan(Snippets.PASSAGE_CHARS * 2);
        assertThat(text).contains(joined.replace(PartsFormatter.ELLIPSIS, ""));
    }
}
