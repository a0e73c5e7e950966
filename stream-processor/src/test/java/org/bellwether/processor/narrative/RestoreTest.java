package org.bellwether.processor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.bellwether.model.Alert;
import org.bellwether.model.Narrative;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StoreKind;
import org.bellwether.processor.cluster.ClusteringSettings;
import org.bellwether.processor.enrich.PostEnricher;
import org.bellwether.processor.normalise.AuthorPseudonymiser;
import org.bellwether.processor.normalise.NeighbourhoodGazetteer;
import org.bellwether.processor.normalise.PostNormaliser;
import org.bellwether.processor.support.FakeEntityExtractor;
import org.bellwether.processor.support.FakeHarmScorer;
import org.bellwether.processor.support.SyntheticStream;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.Test;

/**
 * The narrative processor keeps nothing that matters outside its stores: a new processor instance initialised on
 * the stores a previous one left (what Kafka Streams does after a crash, once the changelog has restored them)
 * places every further post exactly as an uninterrupted processor does and ends in the same narratives, with no
 * output repeated. (IntegrationTest restores real stores from the changelog on a broker.)
 */
class RestoreTest {
    private static final int POSTS = 400;
    private final PostNormaliser normaliser = new PostNormaliser(new AuthorPseudonymiser(TopologyFixture.KEY),
            NeighbourhoodGazetteer.empty());
    private final PostEnricher enricher = new PostEnricher(new FakeHarmScorer(), new FakeEntityExtractor());

    @Test
    void aNewProcessorOnTheSameStoresContinuesExactly() {
        ClusteringSettings base = ClusteringSettings.defaults();
        ClusteringSettings frequentMaintenance = new ClusteringSettings(base.centroidTerms(), base.indexTerms(),
                base.minJoinSimilarity(), base.priorSimilarity(), base.priorDeviation(), base.priorWeight(),
                base.joinDeviations(), base.fadeMin(), base.fadeMax(), base.fadeGaps(), 25, base.absorbMaxPosts(),
                20, base.absorbSimilarity(), base.lastChancePosts(), base.lastChanceSimilarity(),
                base.mergeSimilarity(), base.mergeCoreShare(), base.mergeCoreMinPosts(),
                base.mergeTagSimilarity(), base.mergeTagMinPosts(), base.reviveTagShare(), base.reviveWithin(),
                base.maxVocabulary());
        ProcessorSettings settings = TopologyFixture.settings().withClustering(frequentMaintenance)
                .withStores(StoreKind.IN_MEMORY);
        List<RawPost> stream = new ArrayList<>(SyntheticStream.posts(POSTS, TopologyFixture.T0, 11));
        for (int i = 0; i < 30; i++) {
            stream.add(TopologyFixture.post("v" + i, "author" + i, "vermin from the camp again " + i,
                    TopologyFixture.T0.plus(Duration.ofMinutes(POSTS + i)), null, i > 0 ? "test:v0" : null));
        }

        Run reference = new Run();
        MockProcessorContext<String, NarrativeOutput> context = context(settings);
        NarrativeProcessor uninterrupted =
                new NarrativeProcessor(settings, new PipelineCounters(), new FakeHarmScorer());
        uninterrupted.init(context);
        stream.forEach(post -> feed(uninterrupted, post));
        uninterrupted.flushPending();
        reference.collect(context);

        Run restarted = new Run();
        MockProcessorContext<String, NarrativeOutput> shared = context(settings);
        NarrativeProcessor first = new NarrativeProcessor(settings, new PipelineCounters(), new FakeHarmScorer());
        first.init(shared);
        stream.subList(0, 217).forEach(post -> feed(first, post));
        restarted.collect(shared);
        shared.resetForwards();
        NarrativeProcessor second = new NarrativeProcessor(settings, new PipelineCounters(), new FakeHarmScorer());
        second.init(shared);
        stream.subList(217, stream.size()).forEach(post -> feed(second, post));
        second.flushPending();
        restarted.collect(shared);

        assertThat(restarted.duplicates).isEmpty();
        assertThat(restarted.placements).hasSize(stream.size()).isEqualTo(reference.placements);
        assertThat(reference.alerts).isNotEmpty();
        assertThat(restarted.alerts).isEqualTo(reference.alerts);
        assertThat(restarted.finalNarratives()).isEqualTo(reference.finalNarratives());
    }

    private void feed(NarrativeProcessor processor, RawPost post) {
        NarrativeCommand command = NarrativeCommand.of(enricher.enrich(normaliser.normalise(post)));
        processor.process(new Record<>("narratives", command, post.createdAt().toEpochMilli()));
    }

    private static MockProcessorContext<String, NarrativeOutput> context(ProcessorSettings settings) {
        MockProcessorContext<String, NarrativeOutput> context = new MockProcessorContext<>();
        for (StoreBuilder<?> builder : NarrativeStores.builders(settings.stores())) {
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        return context;
    }

    /** What one run emitted. */
    private static final class Run {
        final Map<String, String> placements = new LinkedHashMap<>();
        final List<String> duplicates = new ArrayList<>();
        final List<String> alerts = new ArrayList<>();
        final Map<String, Narrative> narratives = new HashMap<>();

        void collect(MockProcessorContext<String, NarrativeOutput> context) {
            for (var forwarded : context.forwarded()) {
                Object value = forwarded.record().value().value();
                if (value instanceof ScoredPost post) {
                    if (placements.put(post.postId(), post.narrativeId() + "/" + post.duplicateOf()) != null) {
                        duplicates.add(post.postId());
                    }
                } else if (value instanceof Alert alert) {
                    alerts.add(alert.alertId() + " " + alert.rule() + " " + alert.reason());
                } else if (value instanceof Narrative narrative) {
                    narratives.put(narrative.narrativeId(), narrative);
                }
            }
        }

        /** Each narrative's last snapshot, as far as it describes the narrative (not when it was taken). */
        Map<String, String> finalNarratives() {
            Map<String, String> summary = new HashMap<>();
            narratives.forEach((id, n) -> summary.put(id, n.status() + " " + n.mergedInto() + " " + n.postCount() + " "
                    + n.amplificationCount() + " " + n.topTerms() + " " + n.label() + " " + n.distinctAuthors() + " "
                    + n.firstSeen() + " " + n.lastSeen() + " " + n.harm() + " " + n.flagged()));
            return summary;
        }
    }
}
