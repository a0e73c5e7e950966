package org.bellwether.processor.flag;

import org.bellwether.model.NarrativeMetrics;

/**
 * The figures rules and rankings look at, for one narrative at one event time.
 *
 * @param metrics       windowed volume and velocity
 * @param harm          the narrative's harm score in [0, 1]
 * @param priority      ranking score in [0, 1]
 * @param shareOfStream share of the stream's posts of the last 24 hours in this narrative
 * @param ageMillis     time since its first post
 */
public record NarrativeFigures(NarrativeMetrics metrics, double harm, double priority, double shareOfStream,
                               long ageMillis) {
}
