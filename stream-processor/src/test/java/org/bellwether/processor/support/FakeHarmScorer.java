package org.bellwether.processor.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.processor.harm.HarmScorer;

/** Scores "vermin" as hate against migrants (0.9) and "hoax" as misinformation (0.6); everything else scores 0. */
public final class FakeHarmScorer implements HarmScorer {
    @Override
    public Harm score(String text, String lang) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<HarmScore> scores = new ArrayList<>();
        if (lower.contains("vermin")) {
            scores.add(new HarmScore(HarmCategory.HATE_MIGRANTS, 0.9, List.of("dehumanising term 'vermin'")));
        }
        if (lower.contains("hoax")) {
            scores.add(new HarmScore(HarmCategory.MISINFORMATION, 0.6, List.of("claim of a hoax")));
        }
        return scores.isEmpty() ? Harm.NONE : Harm.of(scores);
    }
}
