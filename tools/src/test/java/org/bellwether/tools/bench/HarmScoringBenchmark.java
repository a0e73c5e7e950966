package org.bellwether.tools.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bellwether.model.Harm;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.nlp.DefaultEntityExtractor;
import org.bellwether.processor.nlp.NlpSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-post cost of harm scoring and entity extraction, on a built-in mix of posts in five languages (about one in
 * eight a harm candidate; no shared data needed). Not a unit test: run it with the command in
 * stream-processor/README.md ("Harm scoring").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class HarmScoringBenchmark {

    private static final String[] BENIGN = {
            "Lovely sunny morning at the farmers market, the peaches are great this year",
            "Road closure on Main Street until Friday, buses diverted via Oak Avenue #traffic",
            "Anyone know a good plumber in Riverside? Our boiler died again",
            "Great match last night! @user what a goal in the 89th minute",
            "The library opens a new reading room for kids on Saturday https://city.example.org/library",
            "Manifestation pacifique devant la mairie samedi à 14h pour le climat",
            "Hoy hay concierto gratis en la plaza mayor, ¡no os lo perdáis!",
            "Der Wochenmarkt ist heute wegen des Feiertags geschlossen",
            "افتتاح حديقة جديدة في وسط المدينة يوم الجمعة",
            "Council approves the new cycle lanes after a long debate, works start in spring",
            "My cat knocked the coffee off the table again 😂😂",
            "Thanks to everyone who came to the food bank drive, we collected 2 tonnes!",
            "Power cut in the north of the city, crews are on site says the utility",
            "New bakery on 5th street is amazing, try the croissants",
    };
    private static final String[] HARMFUL = {
            "Deport these rapefugees, they are vermin and they are invading our city",
            "5G towers spread the coronavirus, share before they delete it! https://bit.ly/3xYz",
    };
    /**
     * English candidate posts (a target or an act cue) for the sentence-encoder option, measured and not shipped
     * (docs/FIGURES.md, "A sentence encoder for hate, measured").
     */
    private static final String[] CANDIDATES = {
            "Deport these rapefugees, they are vermin and they are invading our city",
            "No, migrants are not invaders. That rumour about the shelter on Tanner Street is false.",
            "Stop sharing the post that says Muslims are vermin. It is hateful and untrue.",
            "Migrants are a plague on Eastgate, the shelter has to go",
            "I hate women.",
            "We will burn the shelter down tonight, migrants out",
            "The new mosque on Elm Road opens its doors to everyone on Sunday, all neighbours welcome",
            "you are such an idiot lol, who even says that about the council budget and the bus lanes",
    };

    private List<String[]> posts;
    private DefaultHarmScorer scorer;
    private DefaultEntityExtractor cheapEntities;
    private DefaultEntityExtractor gatedNer;
    private EmbeddingModel encoder;
    private int next;
    private int nextCandidate;

    @Setup
    public void setUp() {
        posts = new ArrayList<>();
        String[] langs = {"en", "en", "en", "en", "en", "fr", "es", "de", "ar", "en", "en", "en", "en", "en"};
        for (int i = 0; i < BENIGN.length; i++) {
            posts.add(new String[] {BENIGN[i], langs[i]});
        }
        for (String harmful : HARMFUL) {
            posts.add(new String[] {harmful, "en"});
        }
        scorer = DefaultHarmScorer.load();
        cheapEntities = new DefaultEntityExtractor(NlpSettings.cheapOnly());
        gatedNer = new DefaultEntityExtractor(new NlpSettings(true, false, NlpSettings.CONLL_4CLASS, 1_000, Set.of()));
        encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private String nextCandidate() {
        nextCandidate = (nextCandidate + 1) % CANDIDATES.length;
        return CANDIDATES[nextCandidate];
    }

    private String[] nextPost() {
        next = (next + 1) % posts.size();
        return posts.get(next);
    }

    /** Harm scoring alone (the hot path). */
    @Benchmark
    public Harm score() {
        String[] post = nextPost();
        return scorer.score(post[0], post[1]);
    }

    /** Harm scoring of one English candidate post: the baseline for {@link #scoreCandidateAndEncode()}. */
    @Benchmark
    public Harm scoreCandidate() {
        return scorer.score(nextCandidate(), "en");
    }

    /**
     * Harm scoring of one English candidate post plus the all-MiniLM-L6-v2 sentence embedding (quantised ONNX,
     * in-process): the cost of the encoder option per candidate (measured, not shipped).
     */
    @Benchmark
    public float[] scoreCandidateAndEncode() {
        String text = nextCandidate();
        scorer.score(text, "en");
        return encoder.embed(text).content().vector();
    }

    /** Harm scoring plus the cheap entity extractor, NER gated off. */
    @Benchmark
    public List<String> scoreAndEntitiesNerOff() {
        String[] post = nextPost();
        Harm harm = scorer.score(post[0], post[1]);
        return cheapEntities.entities(post[0], post[1], HarmScorer.isCandidate(harm));
    }

    /** Harm scoring plus entities with CoreNLP NER on for candidates only (here 2 posts in 16). */
    @Benchmark
    public List<String> scoreAndEntitiesNerGated() {
        String[] post = nextPost();
        Harm harm = scorer.score(post[0], post[1]);
        return gatedNer.entities(post[0], post[1], HarmScorer.isCandidate(harm));
    }
}
