package org.bellwether.api.savedsearch;

import java.time.Instant;

/**
 * One alert a saved search raised.
 *
 * @param window      {@code first}, the window ({@code window:<start>}) or the narrative ({@code narrative:<id>})
 * @param matchCount  matches that raised it
 */
public record SavedSearchAlertView(long id, String window, Instant windowStart, Instant windowEnd, int matchCount,
                                   String narrativeId, Instant firedAt) {
}
