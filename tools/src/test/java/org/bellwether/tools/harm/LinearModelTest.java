package org.bellwether.tools.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.bellwether.processor.harm.HarmLexicon;
import org.bellwether.processor.harm.HashedFeatures;
import org.bellwether.processor.harm.LinearModel;
import org.bellwether.processor.harm.PostAnalysis;

class LinearModelTest {

    private static final HarmLexicon LEXICON = HarmLexicon.load();

    private static List<LabelledText> corpus() {
        List<LabelledText> docs = new ArrayList<>();
        String[] hostile = {"you stupid idiot", "idiot moron loser", "shut up you idiot", "stupid moron"};
        String[] friendly = {"have a nice day", "nice weather today", "thank you friend", "a nice day out"};
        for (int i = 0; i < 10; i++) {
            for (String h : hostile) {
                docs.add(new LabelledText("h" + i, h + " " + i, "en", true));
            }
            for (String f : friendly) {
                docs.add(new LabelledText("f" + i, f + " " + i, "en", false));
            }
        }
        return docs;
    }

    @Test
    void trainingIsDeterministicAndRoundTripsByteForByte() throws IOException {
        LinearModel first = HarmTraining.fit(corpus(), LEXICON, 1.0);
        LinearModel second = HarmTraining.fit(corpus(), LEXICON, 1.0);
        byte[] a = bytes(first);
        assertThat(bytes(second)).isEqualTo(a);
        LinearModel reloaded = LinearModel.read(new ByteArrayInputStream(a));
        assertThat(bytes(reloaded)).isEqualTo(a);
        assertThat(reloaded.nonZero()).isEqualTo(first.nonZero()).isPositive();
    }

    @Test
    void learnsTheObviousSplit() {
        LinearModel model = HarmTraining.fit(corpus(), LEXICON, 1.0);
        double hostile = model.probability(HashedFeatures.extract(PostAnalysis.of("what a stupid idiot", "en",
                LEXICON)));
        double friendly = model.probability(HashedFeatures.extract(PostAnalysis.of("a nice day", "en", LEXICON)));
        assertThat(hostile).isGreaterThan(0.5).isGreaterThan(friendly);
        assertThat(friendly).isLessThan(0.5);
    }

    private static byte[] bytes(LinearModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
