package org.bellwether.processor.harm;

import java.util.Locale;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;

/**
 * An evaluation task: how a post's {@link Harm} maps to one score, and the shipped operating threshold above which
 * the post counts as positive (docs/DATA.md says which data chose each): hate maximises the mean macro-F1 of the
 * licensed hate-labelled sets (Davidson 2017 dev, hate against the rest; MLMA en, fr and ar, {@code hateful}
 * against the rest), offensive the mean macro-F1 of Davidson 2017 dev (hate and offensive against neither) and
 * GermEval 2018 5-fold cross-validation, misinformation was chosen on Constraint 2021 train by cross-validation,
 * toxic is a round value. Evaluation-only and non-commercial sets (HatEval, OLID) only measure.
 */
public enum HarmTask {
    /** Hate against any group: the maximum of the {@code hate_*} categories. */
    HATE(0.73),
    /** Offensive or abusive language: the maximum of {@code offensive}, {@code hate_*} and {@code threat}. */
    OFFENSIVE(0.41),
    /** MLMA "toxic" (any hostility): the maximum of every category except {@code misinformation}. */
    TOXIC(0.40),
    /** Misinformation signals: the {@code misinformation} category. */
    MISINFORMATION(0.22);

    private final double threshold;

    HarmTask(double threshold) {
        this.threshold = threshold;
    }

    /** The shipped operating threshold: a post is positive when its score is at least this. */
    public double threshold() {
        return threshold;
    }

    public static HarmTask parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The task's score of one assessment. */
    public double score(Harm harm) {
        double max = 0;
        for (HarmScore s : harm.scores()) {
            if (counts(s.category())) {
                max = Math.max(max, s.score());
            }
        }
        return max;
    }

    private boolean counts(HarmCategory category) {
        return switch (this) {
            case HATE -> category.name().startsWith("HATE_");
            case OFFENSIVE -> category == HarmCategory.OFFENSIVE || category == HarmCategory.THREAT
                    || category.name().startsWith("HATE_");
            case TOXIC -> category != HarmCategory.MISINFORMATION;
            case MISINFORMATION -> category == HarmCategory.MISINFORMATION;
        };
    }
}
