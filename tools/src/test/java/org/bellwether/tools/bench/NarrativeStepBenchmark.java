package org.bellwether.tools.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.bellwether.model.RawPost;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StoreKind;
import org.bellwether.processor.enrich.PostEnricher;
import org.bellwether.processor.narrative.NarrativeCommand;
import org.bellwether.processor.narrative.NarrativeOutput;
import org.bellwether.processor.narrative.NarrativeProcessor;
import org.bellwether.processor.narrative.NarrativeStores;
import org.bellwether.processor.normalise.AuthorPseudonymiser;
import org.bellwether.processor.normalise.NeighbourhoodGazetteer;
import org.bellwether.processor.normalise.PostNormaliser;
import org.bellwether.processor.support.FakeEntityExtractor;
import org.bellwether.processor.support.FakeHarmScorer;
import org.bellwether.processor.support.TopologyFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-post cost of the whole single-partition narrative step ({@link NarrativeProcessor}) on in-memory stores:
 * features, repost and near-duplicate lookups, clustering, profile, metrics, alert rules, state serialisation and
 * snapshots; the posts come already normalised and scored. The one step that cannot be spread over partitions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NarrativeStepBenchmark {
    private NarrativeCommand[] commands;
    private NarrativeProcessor processor;
    private MockProcessorContext<String, NarrativeOutput> context;
    private int next;
    private long time;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> texts = BenchmarkCorpus.texts();
        PostNormaliser normaliser = new PostNormaliser(new AuthorPseudonymiser(TopologyFixture.KEY),
                NeighbourhoodGazetteer.empty());
        PostEnricher enricher = new PostEnricher(new FakeHarmScorer(), new FakeEntityExtractor());
        commands = new NarrativeCommand[texts.size()];
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < commands.length; i++) {
            RawPost post = TopologyFixture.post("b" + i, "author" + (i % 5000), texts.get(i), start, null, null);
            commands[i] = NarrativeCommand.of(enricher.enrich(normaliser.normalise(post)));
        }
        ProcessorSettings settings = TopologyFixture.settings().withStores(StoreKind.IN_MEMORY);
        context = new MockProcessorContext<>();
        for (StoreBuilder<?> builder : NarrativeStores.builders(StoreKind.IN_MEMORY)) {
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        processor = new NarrativeProcessor(settings, new PipelineCounters(), new FakeHarmScorer());
        processor.init(context);
        time = start.toEpochMilli();
    }

    @Benchmark
    public void placePost() {
        NarrativeCommand command = commands[next++ % commands.length];
        time += 250;
        processor.process(new Record<>("narratives", command, time));
        if (next % 1024 == 0) {
            context.resetForwards();
        }
    }
}
