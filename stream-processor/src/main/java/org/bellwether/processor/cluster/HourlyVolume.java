package org.bellwether.processor.cluster;

import java.util.Map;
import java.util.TreeMap;

/**
 * Posts per event-time hour for the most recent {@link #HOURS} hours of a narrative (older hours are forgotten:
 * the totals live in the post count). Sparse: only hours with posts are kept. Not thread-safe.
 */
public final class HourlyVolume {
    /** Hours kept: one week. */
    public static final int HOURS = 168;
    private static final long HOUR_MILLIS = 3_600_000L;

    private final TreeMap<Long, Long> hours = new TreeMap<>();

    public static long hourOf(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR_MILLIS);
    }

    public void add(long epochMillis, long posts) {
        long hour = hourOf(epochMillis);
        if (!hours.isEmpty() && hour <= hours.lastKey() - HOURS) {
            return;
        }
        hours.merge(hour, posts, Long::sum);
        while (hours.firstKey() <= hours.lastKey() - HOURS) {
            hours.pollFirstEntry();
        }
    }

    public void addAll(HourlyVolume other) {
        for (Map.Entry<Long, Long> entry : other.hours.entrySet()) {
            add(entry.getKey() * HOUR_MILLIS, entry.getValue());
        }
    }

    /** Posts in the hours [fromHour, toHour] inclusive. */
    public long between(long fromHour, long toHour) {
        if (fromHour > toHour) {
            return 0;
        }
        long sum = 0;
        for (long posts : hours.subMap(fromHour, true, toHour, true).values()) {
            sum += posts;
        }
        return sum;
    }

    public Map<Long, Long> hours() {
        return hours;
    }

    void put(long hour, long posts) {
        hours.put(hour, posts);
    }

    public static long hourMillis() {
        return HOUR_MILLIS;
    }
}
