package org.bellwether.processor.harm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.HarmCategory;

/** The strongest cue of each kind (and, for targets and slurs, of each group) in one post. Not shared. */
final class CueEvidence {

    private final Map<CueKind, CueHit> strongest = new EnumMap<>(CueKind.class);
    private final Map<HarmCategory, CueHit> targets = new EnumMap<>(HarmCategory.class);
    private final Map<HarmCategory, CueHit> slurs = new EnumMap<>(HarmCategory.class);

    CueEvidence(List<CueHit> hits) {
        for (CueHit hit : hits) {
            keepStrongest(strongest, hit.cue().kind(), hit);
            if (hit.cue().group() != null && hit.cue().kind() == CueKind.TARGET) {
                keepStrongest(targets, hit.cue().group(), hit);
            } else if (hit.cue().group() != null && hit.cue().kind() == CueKind.SLUR) {
                keepStrongest(slurs, hit.cue().group(), hit);
            }
        }
    }

    private static <K> void keepStrongest(Map<K, CueHit> map, K key, CueHit hit) {
        CueHit current = map.get(key);
        if (current == null || hit.weight() > current.weight()) {
            map.put(key, hit);
        }
    }

    double max(CueKind kind) {
        CueHit hit = strongest.get(kind);
        return hit == null ? 0.0 : hit.weight();
    }

    double target(HarmCategory group) {
        CueHit hit = targets.get(group);
        return hit == null ? 0.0 : hit.weight();
    }

    double slur(HarmCategory group) {
        CueHit hit = slurs.get(group);
        return hit == null ? 0.0 : hit.weight();
    }

    /** The strongest target of any hate group. */
    double anyHateTarget() {
        double max = 0;
        for (Map.Entry<HarmCategory, CueHit> e : targets.entrySet()) {
            if (e.getKey() != HarmCategory.ANTI_INSTITUTION) {
                max = Math.max(max, e.getValue().weight());
            }
        }
        return max;
    }

    /** Adds the reason of the strongest cue of {@code kind}, if any, to {@code reasons}. */
    void reason(CueKind kind, List<String> reasons) {
        CueHit hit = strongest.get(kind);
        if (hit != null) {
            reasons.add(hit.reason());
        }
    }

    void targetReason(HarmCategory group, List<String> reasons) {
        CueHit hit = targets.get(group);
        if (hit != null) {
            reasons.add(hit.reason());
        }
    }

    void slurReason(HarmCategory group, List<String> reasons) {
        CueHit hit = slurs.get(group);
        if (hit != null) {
            reasons.add(hit.reason());
        }
    }

    static List<String> list() {
        return new ArrayList<>(4);
    }
}
