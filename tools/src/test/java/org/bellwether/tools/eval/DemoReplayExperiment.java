package org.bellwether.tools.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.bellwether.collectors.demo.DemoPost;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.model.CityMap;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topics;
import org.bellwether.processor.BellwetherTopology;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StoreKind;
import org.bellwether.processor.StreamsProperties;
import org.bellwether.processor.cluster.PlaceTags;
import org.bellwether.processor.nlp.NlpSettings;

/**
 * Development aid: replays the demo city (a seed, its default 72 hours) through the topology with the sample city's
 * settings ({@code ProcessorSettings.forCity}, without CoreNLP) and prints how its posts ended up: the number of
 * narratives, the largest ones with their storylines, and for each storyline the narrative holding most of its
 * posts, and every alert with the narrative it ended in. Arguments {@code name=value} override
 * {@code ClusteringSettings} components (as in {@link ClusteringExperiment}); {@code seed=42} picks the scenario;
 * {@code places=none} drops the place tags; {@code tips=true} also sends the scenario's tips, as {@code dev} does;
 * {@code key=K} sets the pseudonym key (authors' sketches, so the rules that count authors). A storyline's own
 * narrative is the largest one in which its posts are the majority.
 */
public final class DemoReplayExperiment {
    private DemoReplayExperiment() {
    }

    public static void main(String[] args) throws Exception {
        long seed = 42;
        boolean places = true;
        String key = "bellwether-evaluation-key";
        boolean tips = false;
        List<String> overrides = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("seed=")) {
                seed = Long.parseLong(arg.substring(5));
            } else if (arg.equals("tips=true")) {
                tips = true;
            } else if (arg.startsWith("key=")) {
                key = arg.substring(4);
            } else if (arg.equals("places=none")) {
                places = false;
            } else {
                overrides.add(arg);
            }
        }
        ProcessorSettings city = ProcessorSettings.forCity(
                key.getBytes(StandardCharsets.UTF_8), CityMap.sample(), false)
                .withNlp(NlpSettings.cheapOnly()).withStores(StoreKind.IN_MEMORY);
        ProcessorSettings settings = city.withClustering(ClusteringExperiment.override(city.clustering(),
                overrides.toArray(new String[0])).withPlaceTags(places ? city.clustering().placeTags()
                : PlaceTags.none()));
        System.out.println("place tags: " + settings.clustering().placeTags());
        org.bellwether.collectors.demo.Scenario scenario = DemoScenario.generate(DemoSettings.defaults(seed));
        List<DemoPost> demo = scenario.posts();
        Path state = Files.createTempDirectory("bellwether-demo-replay-");
        Properties properties = StreamsProperties.build("bellwether-demo-replay", "127.0.0.1:9", state);
        properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
        Map<String, String> storylineOf = new HashMap<>();
        Map<String, String> assigned = new HashMap<>();
        Map<String, String> mergedInto = new HashMap<>();
        Map<String, Narrative> latest = new HashMap<>();
        List<org.bellwether.model.Alert> alerts = new ArrayList<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                BellwetherTopology.buildTopology(Pipeline.build(settings)), properties)) {
            TestInputTopic<String, byte[]> input = driver.createInputTopic(Topics.POSTS_RAW.name(),
                    new StringSerializer(), new ByteArraySerializer());
            var scoredTopic = Topics.POSTS_SCORED;
            TestOutputTopic<String, ScoredPost> scored = driver.createOutputTopic(scoredTopic.name(),
                    scoredTopic.keySerde().deserializer(), scoredTopic.valueSerde().deserializer());
            var alertTopic = Topics.ALERTS;
            TestOutputTopic<String, org.bellwether.model.Alert> alertOutput = driver.createOutputTopic(
                    alertTopic.name(), alertTopic.keySerde().deserializer(), alertTopic.valueSerde().deserializer());
            var narrativeTopic = Topics.NARRATIVES;
            TestOutputTopic<String, Narrative> narratives = driver.createOutputTopic(narrativeTopic.name(),
                    narrativeTopic.keySerde().deserializer(), narrativeTopic.valueSerde().deserializer());
            TestInputTopic<String, byte[]> tipInput = driver.createInputTopic(Topics.TIPS_RAW.name(),
                    new StringSerializer(), new ByteArraySerializer());
            for (org.bellwether.collectors.demo.Scenario.Event event : scenario.events()) {
                if (event.tip() != null) {
                    if (!tips) {
                        continue;
                    }
                    // the stream dev sends, tips included (a contact is never read here)
                    var tip = event.tip();
                    tipInput.pipeInput(tip.tipId(), Json.write(new org.bellwether.model.Tip(0, tip.tipId(),
                            tip.channel(), tip.text(), tip.urls(), tip.language(), tip.neighbourhood(),
                            tip.receivedAt(), "sealed", true)), tip.receivedAt());
                    storylineOf.put("tip:" + tip.tipId(), "tip");
                    continue;
                }
                DemoPost post = event.post();
                storylineOf.put(post.post().key(), post.storyline());
                input.pipeInput(post.post().key(), Json.write(post.post()), post.post().createdAt());
                scored.readValuesToList().forEach(p -> assigned.put(p.postId(), p.narrativeId()));
                for (Narrative n : narratives.readValuesToList()) {
                    latest.put(n.narrativeId(), n);
                    if (n.mergedInto() != null) {
                        mergedInto.put(n.narrativeId(), n.mergedInto());
                    }
                }
                alerts.addAll(alertOutput.readValuesToList());
            }
            driver.advanceWallClockTime(Duration.ofMinutes(1));
            scored.readValuesToList().forEach(p -> assigned.put(p.postId(), p.narrativeId()));
            narratives.readValuesToList().stream().filter(n -> n.mergedInto() != null)
                    .forEach(n -> mergedInto.put(n.narrativeId(), n.mergedInto()));
        }
        Map<String, Map<String, Integer>> byNarrative = new TreeMap<>();
        for (Map.Entry<String, String> post : assigned.entrySet()) {
            String narrative = post.getValue();
            for (int hops = 0; hops < 1_000 && mergedInto.containsKey(narrative); hops++) {
                narrative = mergedInto.get(narrative);
            }
            byNarrative.computeIfAbsent(narrative, n -> new TreeMap<>())
                    .merge(storylineOf.getOrDefault(post.getKey(), "?"), 1, Integer::sum);
        }
        List<Map.Entry<String, Map<String, Integer>>> sorted = new ArrayList<>(byNarrative.entrySet());
        sorted.sort((a, b) -> Integer.compare(size(b.getValue()), size(a.getValue())));
        System.out.printf(Locale.ROOT, "seed %d: %d posts placed, %d narratives, %d of 20 posts or more, largest %d%n",
                seed, assigned.size(), sorted.size(),
                sorted.stream().filter(e -> size(e.getValue()) >= 20).count(),
                sorted.isEmpty() ? 0 : size(sorted.get(0).getValue()));
        for (var entry : sorted.subList(0, Math.min(30, sorted.size()))) {
            System.out.printf(Locale.ROOT, "  %5d %s %s%n", size(entry.getValue()), entry.getKey(), entry.getValue());
        }
        Map<String, Map.Entry<String, Map<String, Integer>>> home = new TreeMap<>();
        for (var entry : sorted) {
            for (var storyline : entry.getValue().entrySet()) {
                var best = home.get(storyline.getKey());
                if (best == null || best.getValue().get(storyline.getKey()) < storyline.getValue()) {
                    home.put(storyline.getKey(), entry);
                }
            }
        }
        java.time.Instant start = demo.get(0).post().createdAt();
        for (org.bellwether.model.Alert alert : alerts) {
            String narrative = alert.narrativeId();
            for (int hops = 0; hops < 1_000 && mergedInto.containsKey(narrative); hops++) {
                narrative = mergedInto.get(narrative);
            }
            Narrative last = latest.get(narrative);
            System.out.printf(Locale.ROOT,
                    "  alert at hour %.1f %s on %s (finally %s, last post at hour %.1f, %s): %s%n",
                    Duration.between(start, alert.flaggedAt()).toMinutes() / 60.0, alert.rule(), alert.narrativeId(),
                    narrative, last == null ? Double.NaN
                            : Duration.between(start, last.lastSeen()).toMinutes() / 60.0,
                    last == null ? "?" : last.hashtags(), byNarrative.get(narrative));
        }
        home.forEach((storyline, entry) -> System.out.printf(Locale.ROOT, "  storyline %s -> %s: %d of its %d posts%n",
                storyline, entry.getKey(), entry.getValue().get(storyline), size(entry.getValue())));
        for (String storyline : home.keySet()) {
            sorted.stream().filter(e -> 2 * e.getValue().getOrDefault(storyline, 0) > size(e.getValue()))
                    .findFirst().ifPresentOrElse(
                            e -> System.out.printf(Locale.ROOT, "  own narrative of %s: %s, %d of its %d posts%n",
                                    storyline, e.getKey(), e.getValue().get(storyline), size(e.getValue())),
                            () -> System.out.printf(Locale.ROOT, "  own narrative of %s: none (a majority nowhere)%n",
                                    storyline));
        }
    }

    private static int size(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
