package org.bellwether.processor;

import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.bellwether.model.Alert;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Narrative;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.processor.enrich.PostEnricher;
import org.bellwether.processor.narrative.NarrativeCommand;
import org.bellwether.processor.narrative.NarrativeCommandSerde;
import org.bellwether.processor.narrative.NarrativeOutput;
import org.bellwether.processor.narrative.NarrativeProcessor;
import org.bellwether.processor.narrative.NarrativeStores;
import org.bellwether.processor.normalise.AccountLinks;
import org.bellwether.processor.normalise.AuthorPseudonymiser;
import org.bellwether.processor.normalise.PostNormaliser;
import org.bellwether.processor.validate.Checked;
import org.bellwether.processor.validate.ValidationProcessor;

/**
 * The stream-processor topology, built by one pure function of a {@link Pipeline} (settings and collaborators):
 * <pre>
 * posts.raw ─┐                            ┌─► posts.dlq
 * tips.raw ──┴► validate ─► normalise ─► enrich+score ─► features ─┐
 * responses ──────────────────────────────────────────────────────┴► [one partition] de-duplicate, narrative
 *                                                                      ─► posts.scored, narratives, alerts
 * </pre>
 * The per-post steps run in parallel over the input partitions; narrative placement needs one view of all
 * narratives, so its input is repartitioned to a single partition (one task; not the bottleneck of a city
 * deployment: docs/SCALING.md, with its measured cost in docs/FIGURES.md). Exact de-duplication by post id happens
 * there too, in the store of post ids that places reposts: one changelogged record per post instead of two.
 */
public final class BellwetherTopology {
    /** Key of every record of the single-partition narrative input. */
    public static final String NARRATIVE_KEY = "narratives";
    /** Name of the narrative input's repartition topic (prefixed by the application id). */
    public static final String NARRATIVE_INPUT = "narrative-input";

    private BellwetherTopology() {
    }

    public static Topology buildTopology(Pipeline pipeline) {
        return buildTopology(pipeline, new StreamsBuilder());
    }

    /**
     * The same topology built under a topology configuration: a {@code processor.wrapper.class} in it wraps every
     * step (the ops module times each step that way).
     */
    public static Topology buildTopology(Pipeline pipeline, TopologyConfig config) {
        return buildTopology(pipeline, new StreamsBuilder(config));
    }

    private static Topology buildTopology(Pipeline pipeline, StreamsBuilder builder) {
        ProcessorSettings settings = pipeline.settings();
        String prefix = settings.topicPrefix();
        Topic<String, ScoredPost> scored = Topics.POSTS_SCORED.prefixed(prefix);
        Topic<String, Narrative> narratives = Topics.NARRATIVES.prefixed(prefix);
        Topic<String, Alert> alerts = Topics.ALERTS.prefixed(prefix);
        Topic<String, DeadLetter> deadLetters = Topics.POSTS_DLQ.prefixed(prefix);
        Topic<String, ResponseEvent> responses = Topics.RESPONSES.prefixed(prefix);
        PipelineCounters counters = pipeline.counters();

        String postsTopic = Topics.POSTS_RAW.prefixed(prefix).name();
        String tipsTopic = Topics.TIPS_RAW.prefixed(prefix).name();
        KStream<String, Checked> posts = builder
                .stream(postsTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-posts"))
                .processValues(validation(() -> ValidationProcessor.posts(postsTopic, pipeline.clock(), counters)),
                        Named.as("validate-posts"));
        KStream<String, Checked> tips = builder
                .stream(tipsTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-tips"))
                .processValues(validation(() -> ValidationProcessor.tips(tipsTopic, pipeline.clock(), counters)),
                        Named.as("validate-tips"));

        AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(settings.pseudonymKey());
        PostNormaliser normaliser = new PostNormaliser(pseudonymiser, settings.gazetteer(),
                new AccountLinks(pseudonymiser, settings.linkCipher()));
        PostEnricher enricher = new PostEnricher(pipeline.harmScorer(), pipeline.entityExtractor());
        KStream<String, NarrativeCommand> placed = posts.merge(tips, Named.as("posts-and-tips"))
                .split(Named.as("checked-"))
                .branch((key, checked) -> checked.isRejected(), Branched.withConsumer(rejected -> rejected
                        .mapValues(Checked::deadLetter, Named.as("dead-letter"))
                        .to(deadLetters.name(), produced(deadLetters, "write-dlq")), "rejected"))
                .defaultBranch(Branched.as("valid"))
                .get("checked-valid")
                .mapValues(normaliser::normalise, Named.as("normalise"))
                .mapValues(enricher::enrich, Named.as("enrich-and-score"))
                .mapValues(NarrativeCommand::of, Named.as("post-command")); // features extracted here, in parallel
        KStream<String, NarrativeCommand> answered = builder
                .stream(responses.name(), Consumed.with(responses.keySerde(), responses.valueSerde())
                        .withName("read-responses"))
                .filter((key, response) -> response != null, Named.as("responses-present"))
                .mapValues(NarrativeCommand::of, Named.as("response-command"));

        KStream<String, NarrativeOutput> outputs = placed.merge(answered, Named.as("posts-and-responses"))
                .selectKey((key, command) -> NARRATIVE_KEY, Named.as("one-narrative-key"))
                .repartition(Repartitioned.with(Serdes.String(), new NarrativeCommandSerde())
                        .withName(NARRATIVE_INPUT).withNumberOfPartitions(1))
                .process(narrativeStep(pipeline), Named.as("place-in-narrative"));

        outputs.split(Named.as("output-"))
                .branch((key, value) -> value instanceof NarrativeOutput.Placed, Branched.withConsumer(stream -> stream
                        .mapValues(value -> ((NarrativeOutput.Placed) value).value(), Named.as("as-scored-post"))
                        .to(scored.name(), produced(scored, "write-scored")), "scored"))
                .branch((key, value) -> value instanceof NarrativeOutput.Snapshot,
                        Branched.withConsumer(stream -> stream
                        .mapValues(value -> ((NarrativeOutput.Snapshot) value).value(), Named.as("as-narrative"))
                        .to(narratives.name(), produced(narratives, "write-narratives")), "narratives"))
                .branch((key, value) -> value instanceof NarrativeOutput.Flagged, Branched.withConsumer(stream -> stream
                        .mapValues(value -> ((NarrativeOutput.Flagged) value).value(), Named.as("as-alert"))
                        .to(alerts.name(), produced(alerts, "write-alerts")), "alerts"))
                .noDefaultBranch();
        return builder.build();
    }

    private static FixedKeyProcessorSupplier<String, byte[], Checked> validation(
            FixedKeyProcessorSupplier<String, byte[], Checked> supplier) {
        return supplier;
    }

    private static ProcessorSupplier<String, NarrativeCommand, String, NarrativeOutput> narrativeStep(
            Pipeline pipeline) {
        Set<StoreBuilder<?>> stores = NarrativeStores.builders(pipeline.settings().stores());
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, NarrativeCommand, String, NarrativeOutput> get() {
                return new NarrativeProcessor(pipeline.settings(), pipeline.counters(), pipeline.harmScorer());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return stores;
            }
        };
    }

    private static <V> Produced<String, V> produced(Topic<String, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
