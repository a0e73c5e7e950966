package org.bellwether.model;

/**
 * Windowed metrics of a narrative at snapshot time.
 *
 * @param volumeLastHour     posts in the last hour (event time)
 * @param volumeLastDay      posts in the last 24 hours
 * @param velocity           recent rate, posts per hour
 * @param baselineVelocity   the narrative's own historic rate, posts per hour
 * @param globalBaseline     the rate of a typical narrative at the same time, posts per hour
 * @param burstScore         how far the recent rate stands above the baselines (0 = not bursting)
 * @param distinctAuthorsLastDay distinct author pseudonyms in the last 24 hours
 */
public record NarrativeMetrics(
        long volumeLastHour,
        long volumeLastDay,
        double velocity,
        double baselineVelocity,
        double globalBaseline,
        double burstScore,
        long distinctAuthorsLastDay) {

    public static final NarrativeMetrics EMPTY = new NarrativeMetrics(0, 0, 0, 0, 0, 0, 0);
}
