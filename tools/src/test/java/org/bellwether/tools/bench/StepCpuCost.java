package org.bellwether.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.bellwether.collectors.demo.DemoPost;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.model.CityMap;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StoreKind;
import org.bellwether.processor.enrich.PostEnricher;
import org.bellwether.processor.narrative.NarrativeCommand;
import org.bellwether.processor.narrative.NarrativeCommandSerde;
import org.bellwether.processor.narrative.NarrativeOutput;
import org.bellwether.processor.narrative.NarrativeProcessor;
import org.bellwether.processor.narrative.NarrativeStores;
import org.bellwether.processor.normalise.AccountLinks;
import org.bellwether.processor.normalise.AuthorPseudonymiser;
import org.bellwether.processor.normalise.PostNormaliser;

/**
 * The topology's steps without Kafka, on one thread, measured in thread CPU time (which hardly depends on what else
 * a shared machine runs, unlike wall-clock rates): per post, the parallel steps (read the JSON, normalise, score,
 * entities with NER gated on, features, binary command) and the single narrative task (read the command, place,
 * profile, rules), then the JSON of its outputs. The demo city's posts, an hour of event time per 3,600 posts,
 * optionally after seeding N live narratives (one post of three words nobody else uses each, in the hour before).
 *
 * <pre>
 * java -cp "tools/target/test-classes:tools/target/classes:$(cat tools/target/bench-classpath.txt)" \
 *     org.bellwether.tools.bench.StepCpuCost [posts=8000] [warm-up=3000] [narratives=0]
 * </pre>
 */
public final class StepCpuCost {
    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private StepCpuCost() {
    }

    public static void main(String[] args) {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 8_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int narratives = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        ProcessorSettings settings = ProcessorSettings.forCity(
                "benchmark-pseudonym-key".getBytes(StandardCharsets.UTF_8), CityMap.sample(), true)
                .withStores(StoreKind.IN_MEMORY);
        Pipeline pipeline = Pipeline.build(settings);
        AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(settings.pseudonymKey());
        PostNormaliser normaliser = new PostNormaliser(pseudonymiser, settings.gazetteer(),
                new AccountLinks(pseudonymiser, settings.linkCipher()));
        PostEnricher enricher = new PostEnricher(pipeline.harmScorer(), pipeline.entityExtractor());
        List<byte[]> raws = demoPosts(posts);
        MockProcessorContext<String, NarrativeOutput> context = new MockProcessorContext<>();
        for (StoreBuilder<?> builder : NarrativeStores.builders(StoreKind.IN_MEMORY)) {
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        NarrativeProcessor processor =
                new NarrativeProcessor(settings, new PipelineCounters(), pipeline.harmScorer());
        processor.init(context);
        long seedStart = START.minusSeconds(3_600).toEpochMilli();
        for (int i = 0; i < narratives; i++) {
            RawPost seed = seed(i, Instant.ofEpochMilli(seedStart + i * 3_600_000L / Math.max(1, narratives)));
            NarrativeCommand command = NarrativeCommand.of(enricher.enrich(normaliser.normalise(seed)));
            processor.process(new Record<>("narratives", command, seed.createdAt().toEpochMilli()));
            context.resetForwards();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long parallel = 0;
        long narrative = 0;
        long outputs = 0;
        for (int i = 0; i < raws.size(); i++) {
            long start = threads.getCurrentThreadCpuTime();
            RawPost raw = Json.read(raws.get(i), RawPost.class);
            byte[] wire = NarrativeCommandSerde.write(NarrativeCommand.of(enricher.enrich(normaliser.normalise(raw))));
            long placed = threads.getCurrentThreadCpuTime();
            processor.process(new Record<>("narratives", NarrativeCommandSerde.read(wire),
                    raw.createdAt().toEpochMilli()));
            long written = threads.getCurrentThreadCpuTime();
            context.forwarded().forEach(forward -> Json.write(forward.record().value().value()));
            context.resetForwards();
            long end = threads.getCurrentThreadCpuTime();
            if (i >= warmUp) {
                parallel += placed - start;
                narrative += written - placed;
                outputs += end - written;
            }
        }
        int measured = raws.size() - warmUp;
        System.out.printf(Locale.ROOT, "%d live narratives seeded; ", narratives);
        System.out.printf(Locale.ROOT, "%d posts: parallel steps %.1f µs, narrative task %.1f µs, "
                + "output JSON %.1f µs (thread CPU per post)%n", measured, parallel / 1e3 / measured,
                narrative / 1e3 / measured, outputs / 1e3 / measured);
    }

    private static RawPost seed(int i, Instant at) {
        String word = Integer.toString(i, 26).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c + 10)))
                .reduce("", String::concat);
        return new RawPost(SchemaVersion.CURRENT, "bench", "seed-" + i, null, "seed" + i,
                "zq" + word + "x zq" + word + "y zq" + word + "z", "en", at, at, null, null, null);
    }

    private static List<byte[]> demoPosts(int count) {
        List<byte[]> posts = new ArrayList<>();
        Instant start = START;
        for (long seed = 1; posts.size() < count; seed++) {
            for (DemoPost demo : DemoScenario.generate(DemoSettings.defaults(seed)).posts()) {
                RawPost post = demo.post();
                String pass = seed + "-";
                String repostOf = post.repostOf() == null ? null
                        : "bench:" + pass + post.repostOf().substring(post.repostOf().indexOf(':') + 1);
                posts.add(Json.write(new RawPost(post.schemaVersion(), "bench", pass + post.sourceId(), post.url(),
                        post.authorHandle(), post.text(), post.lang(), start.plusSeconds(posts.size()),
                        post.collectedAt(), post.geo(), post.engagement(), repostOf)));
            }
        }
        return posts.subList(0, count);
    }
}
