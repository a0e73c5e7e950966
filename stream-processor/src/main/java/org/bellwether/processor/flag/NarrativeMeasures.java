package org.bellwether.processor.flag;

import java.util.EnumMap;
import java.util.Map;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.processor.cluster.HourlyVolume;
import org.bellwether.processor.cluster.NarrativeProfile;
import org.bellwether.processor.cluster.NarrativeState;

/**
 * Windowed metrics, harm, reach, novelty and priority of a narrative at an event time. Pure functions of the
 * narrative's state and the stream's activity. Thread-safe.
 *
 * <ul>
 *   <li>velocity: posts in the last 60 minutes (the current hour plus the unexpired part of the previous one);</li>
 *   <li>own baseline: its mean hourly rate over the 23 hours before that; global baseline: the stream's mean
 *   hourly rate per open narrative over 24 hours;</li>
 *   <li>burst score: how many Poisson standard deviations the velocity stands above the larger baseline;</li>
 *   <li>harm: half the mean overall harm of its posts, half the share of its posts that are harmful;</li>
 *   <li>priority: the weighted mean of harm, squashed burst, squashed reach and novelty.</li>
 * </ul>
 */
public final class NarrativeMeasures {
    private static final double NOVELTY_HALF_LIFE_MILLIS = 48 * 3_600_000.0;

    private final FlaggingSettings settings;

    public NarrativeMeasures(FlaggingSettings settings) {
        this.settings = settings;
    }

    public NarrativeFigures figures(NarrativeState state, long now, StreamActivity stream, int openNarratives) {
        NarrativeProfile profile = state.profile();
        HourlyVolume volume = profile.volume();
        long hour = HourlyVolume.hourOf(now);
        double elapsed = (double) Math.floorMod(now, HourlyVolume.hourMillis()) / HourlyVolume.hourMillis();
        double velocity = volume.between(hour, hour) + volume.between(hour - 1, hour - 1) * (1 - elapsed);
        long lastDay = volume.between(hour - 23, hour);
        double ownBaseline = volume.between(hour - 24, hour - 2) / 23.0;
        double globalBaseline = stream.globalBaseline(now, openNarratives);
        double expected = Math.max(ownBaseline, globalBaseline);
        double burst = Math.max(0, (velocity - expected) / Math.sqrt(expected + 1));
        NarrativeMetrics metrics = new NarrativeMetrics(Math.round(velocity), lastDay, round(velocity),
                round(ownBaseline), round(globalBaseline), round(burst), profile.distinctAuthorsLastDay(now));
        double harm = harm(state);
        long streamDay = stream.lastDay(now);
        double share = streamDay == 0 ? 0 : Math.min(1.0, (double) lastDay / streamDay);
        long age = Math.max(0, now - state.firstSeen());
        double priority = priority(harm, burst, profile.engagement(), profile.distinctAuthors(), age);
        return new NarrativeFigures(metrics, harm, priority, share, age);
    }

    /** Half the mean overall harm, half the share of harmful posts. */
    public double harm(NarrativeState state) {
        int posts = Math.max(1, state.posts());
        NarrativeProfile profile = state.profile();
        return round(Math.min(1.0, 0.5 * profile.overallHarmSum() / posts + 0.5 * (double) profile.harmfulPosts() / posts));
    }

    /** Mean score per harm category over the narrative's posts (categories that scored at all). */
    public Map<HarmCategory, Double> harmMix(NarrativeState state) {
        Map<HarmCategory, Double> mix = new EnumMap<>(HarmCategory.class);
        double[] sums = state.profile().harmSums();
        int posts = Math.max(1, state.posts());
        for (HarmCategory category : HarmCategory.values()) {
            if (sums[category.ordinal()] > 0) {
                mix.put(category, round(sums[category.ordinal()] / posts));
            }
        }
        return mix;
    }

    double priority(double harm, double burst, long engagement, long authors, long ageMillis) {
        PriorityWeights weights = settings.weights();
        double velocity = 1 - Math.exp(-burst / 3);
        double reach = 1 - Math.exp(-(Math.log1p(engagement) + Math.log1p(authors)) / 10);
        double novelty = Math.pow(0.5, ageMillis / NOVELTY_HALF_LIFE_MILLIS);
        double weighted = weights.harm() * harm + weights.velocity() * velocity + weights.reach() * reach
                + weights.novelty() * novelty;
        return round(Math.max(0, Math.min(1, weighted / weights.sum())));
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
