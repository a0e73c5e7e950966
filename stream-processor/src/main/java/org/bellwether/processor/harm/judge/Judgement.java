package org.bellwether.processor.harm.judge;

import java.util.Comparator;
import java.util.List;
import org.bellwether.model.HarmCategory;

/**
 * What a post does, as found by the {@link Judge}: its hostile acts with their targets and stances. Hate is a
 * protected group as target and an asserted act; counter-speech is a countered one; an act aimed at an individual
 * or at no one is abuse (offensive), never hate. Immutable.
 *
 * @param findings          every act found
 * @param counterWithoutAct how strongly the post rejects hate about a group it names without quoting any act (a
 *                          counter cue and a group, e.g. "Racism against Roma is unacceptable"), 0 when not
 */
public record Judgement(List<Finding> findings, double counterWithoutAct) {

    public static final Judgement NONE = new Judgement(List.of(), 0);
    /** Counter-speech that quotes or denies an act scores from here up to 0.95 with the act's strength. */
    static final double COUNTER_BASE = 0.6;
    /** Counter-speech that names a group and rejects hate without quoting an act scores this much at most. */
    static final double COUNTER_WITHOUT_ACT = 0.5;
    /** Abuse at an individual counts this much of the act's strength as offensive. */
    static final double ABUSE_WEIGHT = 0.8;
    private static final int MAX_REASONS = 3;
    private static final java.util.Set<String> ABUSIVE_ACTS =
            java.util.Set.of("insult", "derogation", "dehumanising", "profanity", "slur");

    public Judgement {
        findings = List.copyOf(findings);
    }

    /** Hate against {@code category}: the strongest asserted act aimed at one of its groups; reasons added. */
    public double hate(HarmCategory category, List<String> reasons) {
        return strongest(f -> f.target().category() == category && f.stance() == Stance.ASSERTED, reasons, 1.0, 0);
    }

    /** How clearly the post rejects hate it quotes, reports or denies; reasons added. */
    public double counterSpeech(List<String> reasons) {
        double countered = strongest(f -> f.target().isProtected() && f.stance() == Stance.COUNTERED, reasons,
                1 - COUNTER_BASE - 0.05, COUNTER_BASE);
        if (countered > 0) {
            return countered;
        }
        if (counterWithoutAct > 0) {
            reasons.add("counter:rejects hate about a named group");
        }
        return COUNTER_WITHOUT_ACT * counterWithoutAct;
    }

    /**
     * Abuse aimed at an individual ("you are a worthless idiot"): offensive, not hate; reasons added. Threats and
     * exclusion are other categories, and words aimed at things ("this bus is trash") are no abuse.
     */
    public double abuse(List<String> reasons) {
        return ABUSE_WEIGHT * strongest(f -> f.target() == Group.INDIVIDUAL && f.stance() == Stance.ASSERTED
                && ABUSIVE_ACTS.contains(f.act()), reasons, 1.0, 0);
    }

    /** True when any act is aimed at a protected group, whatever the stance. */
    public boolean namesHostility() {
        return findings.stream().anyMatch(f -> f.target().isProtected());
    }

    private double strongest(java.util.function.Predicate<Finding> which, List<String> reasons, double scale,
                             double base) {
        List<Finding> matching = findings.stream().filter(which)
                .sorted(Comparator.comparingDouble(Finding::weight).reversed()).toList();
        if (matching.isEmpty()) {
            return 0;
        }
        matching.stream().map(Finding::reason).distinct().limit(MAX_REASONS).forEach(reasons::add);
        matching.stream().map(Finding::evidence).distinct().limit(MAX_REASONS).forEach(reasons::add);
        return base + scale * matching.get(0).weight();
    }
}
