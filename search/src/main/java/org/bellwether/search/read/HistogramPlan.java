package org.bellwether.search.read;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.bellwether.model.VolumeBucket;
import org.bellwether.search.index.IndexFields;

/**
 * How matching posts are counted over time: fine buckets (an hour, or a day/week for very long ranges) over the
 * time span a search can reach, then merged into at most {@link #MAX_BUCKETS} equal, contiguous, UTC-aligned
 * buckets that cover the matches (or the whole {@code from}/{@code to} window when the search has one).
 * Buckets are 1, 2, 3, 6 or 12 hours, 1, 2 or 7 days, … so a chart can label them. Immutable.
 */
public final class HistogramPlan {
    /** Most buckets returned. */
    public static final int MAX_BUCKETS = 200;
    /** Most fine buckets counted per search. */
    static final int MAX_FINE_BUCKETS = 20_000;

    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long[] WIDTHS_IN_HOURS = {1, 2, 3, 6, 12, 24, 48, 24 * 7, 24 * 14, 24 * 30, 24 * 91,
        24 * 365, 24 * 365 * 5, 24 * 365 * 50};

    private final long origin;
    private final long base;
    private final int size;
    private final Instant from;
    private final Instant to;

    private HistogramPlan(long origin, long base, int size, Instant from, Instant to) {
        this.origin = origin;
        this.base = base;
        this.size = size;
        this.from = from;
        this.to = to;
    }

    /** The plan for a search over {@code reader} limited to [{@code from}, {@code to}) (either may be null). */
    public static HistogramPlan of(IndexReader reader, Instant from, Instant to) throws IOException {
        byte[] min = PointValues.getMinPackedValue(reader, IndexFields.CREATED_AT);
        byte[] max = PointValues.getMaxPackedValue(reader, IndexFields.CREATED_AT);
        if (min == null || max == null) {
            return new HistogramPlan(0, HOUR, 0, from, to);
        }
        return forRange(LongPoint.decodeDimension(min, 0), LongPoint.decodeDimension(max, 0), from, to);
    }

    /** The plan for posts created within [{@code minMillis}, {@code maxMillis}] and a search window. */
    static HistogramPlan forRange(long minMillis, long maxMillis, Instant from, Instant to) {
        long lo = from != null ? from.toEpochMilli() : minMillis;
        long hi = to != null ? to.toEpochMilli() - 1 : maxMillis;
        if (lo > hi) {
            return new HistogramPlan(0, HOUR, 0, from, to);
        }
        long base = HOUR;
        while ((Math.floorDiv(hi, base) - Math.floorDiv(lo, base)) >= MAX_FINE_BUCKETS) {
            base = base == HOUR ? DAY : base * 7;
        }
        long origin = Math.floorDiv(lo, base) * base;
        int size = (int) (Math.floorDiv(hi, base) - Math.floorDiv(lo, base) + 1);
        return new HistogramPlan(origin, base, size, from, to);
    }

    /** Fine buckets to count into. */
    public int size() {
        return size;
    }

    /** The fine bucket of a time in epoch millis, or -1 outside the plan. */
    public int bucketOf(long epochMillis) {
        long index = Math.floorDiv(epochMillis - origin, base);
        return index >= 0 && index < size ? (int) index : -1;
    }

    /** Merges fine counts into the returned buckets; empty when nothing matched. */
    public List<VolumeBucket> buckets(long[] fine) {
        int first = 0;
        int last = size - 1;
        if (from == null) {
            while (first < size && fine[first] == 0) {
                first++;
            }
        }
        if (to == null) {
            while (last >= first && fine[last] == 0) {
                last--;
            }
        }
        if (first > last || total(fine) == 0) {
            return List.of();
        }
        long startMillis = origin + first * base;
        long endMillis = origin + last * base;
        long width = width(startMillis, endMillis + base);
        long firstBucket = Math.floorDiv(startMillis, width) * width;
        int buckets = (int) ((Math.floorDiv(endMillis, width) * width - firstBucket) / width + 1);
        long[] merged = new long[buckets];
        for (int i = first; i <= last; i++) {
            long t = origin + i * base;
            merged[(int) ((Math.floorDiv(t, width) * width - firstBucket) / width)] += fine[i];
        }
        List<VolumeBucket> result = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            result.add(new VolumeBucket(Instant.ofEpochMilli(firstBucket + i * width), merged[i]));
        }
        return result;
    }

    /** The smallest bucket width (at least the fine width) giving at most {@link #MAX_BUCKETS} buckets. */
    private long width(long startMillis, long endMillis) {
        for (long hours : WIDTHS_IN_HOURS) {
            long width = hours * HOUR;
            if (width < base) {
                continue;
            }
            long count = Math.floorDiv(endMillis - 1, width) - Math.floorDiv(startMillis, width) + 1;
            if (count <= MAX_BUCKETS) {
                return width;
            }
        }
        return WIDTHS_IN_HOURS[WIDTHS_IN_HOURS.length - 1] * HOUR;
    }

    private static long total(long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        return sum;
    }
}
