package org.bellwether.tools.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bellwether.processor.cluster.Assignment;
import org.bellwether.processor.cluster.ClusteringSettings;
import org.bellwether.processor.cluster.FeatureExtractor;
import org.bellwether.processor.cluster.InMemoryNarrativeRepository;
import org.bellwether.processor.cluster.NarrativeClusterer;
import org.bellwether.processor.cluster.PostFeatures;
import org.bellwether.processor.cluster.TermStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-post cost of narrative clustering: one post through {@link NarrativeClusterer#assign} (IDF update, candidate
 * retrieval through the inverted index, similarity, centroid update, re-indexing) plus its share of the
 * maintenance passes, after {@code history} posts have built up narratives. Tokenising is measured separately.
 * Single-threaded: ns/op is CPU time per post.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClusteringBenchmark {
    private static final long MINUTE = 60_000L;

    @Param({"0", "100000"})
    public int history;

    private List<String> texts;
    private PostFeatures[] features;
    private NarrativeClusterer clusterer;
    private InMemoryNarrativeRepository repository;
    private FeatureExtractor extractor;
    private int next;
    private long time;

    @Setup(Level.Trial)
    public void setUp() {
        texts = BenchmarkCorpus.texts();
        extractor = FeatureExtractor.standard();
        features = new PostFeatures[texts.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = extractor.extract(texts.get(i));
        }
        ClusteringSettings settings = ClusteringSettings.defaults();
        repository = new InMemoryNarrativeRepository();
        clusterer = new NarrativeClusterer(settings, repository, new TermStatistics(settings.maxVocabulary()));
        time = 1_600_000_000_000L;
        for (int i = 0; i < history; i++) {
            assignNext();
        }
    }

    /** One post: assign, save, and maintenance when due (amortised). */
    @Benchmark
    public Assignment assign() {
        return assignNext();
    }

    /** Tokenising one post into clustering terms (the feature extractor). */
    @Benchmark
    public PostFeatures extract() {
        String text = texts.get(next++ % texts.size());
        return extractor.extract(text);
    }

    private Assignment assignNext() {
        PostFeatures post = features[next++ % features.length];
        time += MINUTE / 4;
        Assignment assignment = clusterer.assign(post, time);
        repository.save(assignment.narrative());
        if (clusterer.maintenanceDue()) {
            clusterer.maintain();
        }
        return assignment;
    }
}
