package org.bellwether.search;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * One cell of the threats table: in one neighbourhood (as the posts name it; null when unplaced), one harm category
 * ({@link #NO_CATEGORY} when a post scored on none) and one ISO week (starting Monday 00:00 UTC), the posts of
 * flagged narratives and the tips.
 */
public record ThreatCount(String neighbourhood, String category, Instant weekStart, long flaggedPosts, long tips) {
    /** The category of a post or tip that scored on no harm category. */
    public static final String NO_CATEGORY = "none";

    /** Monday 00:00 UTC of the ISO week holding {@code time}. */
    public static Instant weekOf(Instant time) {
        return time.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant();
    }
}
