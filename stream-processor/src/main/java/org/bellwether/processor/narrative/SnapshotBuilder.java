package org.bellwether.processor.narrative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.model.Narrative;
import org.bellwether.model.RepresentativePost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.VolumeBucket;
import org.bellwether.processor.cluster.HourlyVolume;
import org.bellwether.processor.cluster.NarrativeProfile;
import org.bellwether.processor.cluster.NarrativeState;
import org.bellwether.processor.flag.NarrativeFigures;
import org.bellwether.processor.flag.NarrativeMeasures;

/** Turns a narrative's state and figures into the published {@link Narrative} snapshot. Thread-safe. */
public final class SnapshotBuilder {
    /** Hourly buckets in a snapshot's volume series: two days. */
    public static final int SERIES_HOURS = 48;
    private static final int TOP_TERMS = 10;
    private static final int TOP_LIST = 10;
    private static final int LABEL_TERMS = 3;

    private final NarrativeMeasures measures;

    public SnapshotBuilder(NarrativeMeasures measures) {
        this.measures = measures;
    }

    public Narrative snapshot(NarrativeState state, NarrativeFigures figures, long now) {
        NarrativeProfile profile = state.profile();
        List<RepresentativePost> representatives = profile.representatives().stream()
                .map(NarrativeProfile.Representative::post).toList();
        return new Narrative(SchemaVersion.CURRENT, state.id(), label(state), state.topTerms(TOP_TERMS),
                profile.entities().top(TOP_LIST), profile.hashtags().top(TOP_LIST), profile.urls().top(5),
                representatives, profile.languages().topMap(16), profile.neighbourhoods().topMap(32),
                measures.harmMix(state), profile.claims().topMap(NarrativeProfile.CLAIMS), figures.harm(), profile.counterSpeechShare(state.posts()), state.posts(),
                state.amplification(),
                profile.distinctAuthors(), figures.metrics(), series(profile.volume(), state.lastSeen()),
                figures.priority(), profile.alerts() > 0, Instant.ofEpochMilli(state.firstSeen()),
                Instant.ofEpochMilli(state.lastSeen()), state.status(), state.mergedInto(), Instant.ofEpochMilli(now));
    }

    /** The three heaviest terms, then the most frequent entity when it adds something: "a · b · c · Entity". */
    public static String label(NarrativeState state) {
        List<String> parts = new ArrayList<>();
        for (String term : state.topTerms(LABEL_TERMS * 3)) {
            if (parts.size() == LABEL_TERMS) {
                break;
            }
            if (!term.chars().allMatch(Character::isDigit)) {
                parts.add(term);
            }
        }
        for (String entity : state.profile().entities().top(3)) {
            String folded = entity.toLowerCase(Locale.ROOT);
            if (parts.stream().noneMatch(p -> folded.contains(p) || p.contains(folded))) {
                parts.add(entity);
                break;
            }
        }
        return parts.isEmpty() ? state.id() : String.join(" · ", parts);
    }

    /** Contiguous hourly buckets ending at the narrative's last hour, oldest first. */
    static List<VolumeBucket> series(HourlyVolume volume, long lastSeen) {
        Map<Long, Long> hours = volume.hours();
        if (hours.isEmpty()) {
            return List.of();
        }
        long last = HourlyVolume.hourOf(lastSeen);
        long first = Math.max(hours.keySet().iterator().next(), last - SERIES_HOURS + 1);
        Map<Long, Long> contiguous = new LinkedHashMap<>();
        for (long hour = first; hour <= last; hour++) {
            contiguous.put(hour, hours.getOrDefault(hour, 0L));
        }
        List<VolumeBucket> series = new ArrayList<>(contiguous.size());
        contiguous.forEach((hour, posts) ->
                series.add(new VolumeBucket(Instant.ofEpochMilli(hour * HourlyVolume.hourMillis()), posts)));
        return series;
    }
}
