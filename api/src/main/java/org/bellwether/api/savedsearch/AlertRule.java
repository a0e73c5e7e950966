package org.bellwether.api.savedsearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.bellwether.api.common.ApiException;

/**
 * When a saved search alerts its owner (JSON body too).
 *
 * <ul>
 *   <li>{@code first}: on its first match, once;</li>
 *   <li>{@code count}: when at least {@code minMatches} matching posts fall in one {@code windowMinutes}-long window
 *       of post time (windows are aligned to the epoch, so every node computes the same ones), once per window;</li>
 *   <li>{@code narrative}: when posts of a narrative it has not matched before match it, once per narrative.</li>
 * </ul>
 *
 * @param type          {@code first}, {@code count} or {@code narrative}; given {@code minMatches}, {@code count}
 *                      by default, else {@code first}
 * @param minMatches    for {@code count}: matches needed, 1..100000
 * @param windowMinutes for {@code count}: window length, 1..10080 (a week); 60 by default
 * @param openCase      also open (or refresh) a triage case for the narrative of the matching posts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertRule(@Size(max = 20) String type, Integer minMatches, Integer windowMinutes, Boolean openCase) {
    public static final String FIRST = "first";
    public static final String COUNT = "count";
    public static final String NARRATIVE = "narrative";

    /** The rule with defaults filled in, or a 400 naming the field at fault. */
    public AlertRule normalised() {
        String kind = type == null || type.isBlank() ? (minMatches != null ? COUNT : FIRST) : type.trim();
        boolean open = openCase != null && openCase;
        return switch (kind) {
            case FIRST, NARRATIVE -> new AlertRule(kind, null, null, open);
            case COUNT -> {
                if (minMatches == null || minMatches < 1 || minMatches > 100_000) {
                    throw ApiException.invalid("alert.minMatches", "must be between 1 and 100000");
                }
                int window = windowMinutes == null ? 60 : windowMinutes;
                if (window < 1 || window > 10_080) {
                    throw ApiException.invalid("alert.windowMinutes", "must be between 1 and 10080");
                }
                yield new AlertRule(kind, minMatches, window, open);
            }
            default -> throw ApiException.invalid("alert.type", "expected first, count or narrative");
        };
    }

    /** The start of the {@code count} window {@code postedAt} falls in. */
    Instant windowStart(Instant postedAt) {
        long length = Duration.ofMinutes(windowMinutes).toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(postedAt.toEpochMilli(), length) * length);
    }

    Instant windowEnd(Instant start) {
        return start.plus(Duration.ofMinutes(windowMinutes));
    }
}
