package org.bellwether.tools.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.tools.eval.ClusteringMetrics;
import org.bellwether.tools.eval.EvalDocument;
import org.bellwether.tools.eval.EvalFiles;
import org.bellwether.processor.cluster.ClusteringSettings;
import org.bellwether.processor.cluster.FeatureExtractor;
import org.bellwether.processor.cluster.InMemoryNarrativeRepository;
import org.bellwether.processor.cluster.NarrativeClusterer;
import org.bellwether.processor.cluster.NarrativeState;
import org.bellwether.processor.cluster.PostFeatures;
import org.bellwether.processor.cluster.TermStatistics;

/**
 * Development aid: runs the clusterer alone (no topology, fingerprint duplicates handled as the processor does) over
 * the dev files and prints the measures. Arguments {@code name=value} override {@link ClusteringSettings} components;
 * {@code -Dfiles=ncN} picks News-T, CrisisLexT26 dev, News; {@code -Dpredictions=DIR} writes gold, narrative, text;
 * {@code -Ddump=true} prints every final narrative (size, status, first and last post, top terms and hashtags). Each
 * file's line ends with the narratives of five posts or more per gold cluster, as {@code eval clustering} counts them.
 */
public final class ClusteringExperiment {
    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("bellwether.sharedData", "../shared/data"), "clustering");
        ClusteringSettings settings = override(ClusteringSettings.defaults(), args);
        String files = System.getProperty("files", "nc");
        if (files.contains("n")) {
            run(data.resolve("News-T.jsonl"), "textCleaned", "clusterNo", null, settings);
        }
        if (files.contains("c")) {
            run(data.resolve("crisislext26-dev.jsonl"), "text", "event", "ts", settings);
        }
        if (files.contains("N")) {
            run(data.resolve("News.jsonl"), "textCleaned", "clusterNo", null, settings);
        }
    }

    static ClusteringSettings override(ClusteringSettings base, String[] args) {
        try {
            var components = ClusteringSettings.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(base);
                types[i] = components[i].getType();
                for (String arg : args) {
                    String[] kv = arg.split("=", 2);
                    if (kv[0].equals(components[i].getName())) {
                        values[i] = types[i] == int.class ? Integer.parseInt(kv[1])
                                : types[i] == double.class ? Double.parseDouble(kv[1])
                                : java.time.Duration.parse(kv[1]);
                    }
                }
            }
            return ClusteringSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Path file, String text, String label, String time, ClusteringSettings settings) {
        List<EvalDocument> docs = EvalFiles.read(file, text, label, time, null);
        FeatureExtractor extractor = FeatureExtractor.standard();
        InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
        NarrativeClusterer clusterer = new NarrativeClusterer(settings, repository,
                new TermStatistics(settings.maxVocabulary()));
        List<String> assigned = new ArrayList<>();
        long start = System.nanoTime();
        // the processor remembers a fingerprint for three days after the post that set it
        long window = java.time.Duration.ofDays(3).toMillis();
        java.util.Map<Long, String> fingerprints = new java.util.HashMap<>();
        java.util.Map<Long, Long> fingerprintTimes = new java.util.HashMap<>();
        for (EvalDocument doc : docs) {
            PostFeatures features = extractor.extract(doc.text());
            long at = doc.time().toEpochMilli();
            Long seenAt = fingerprintTimes.get(features.fingerprint());
            NarrativeState original = features.fingerprint() == 0 || seenAt == null || seenAt < at - window ? null
                    : clusterer.resolve(fingerprints.get(features.fingerprint()));
            NarrativeState narrative;
            if (original != null) {
                narrative = clusterer.amplify(original, at);
            } else {
                narrative = clusterer.assign(features,
                        org.bellwether.processor.normalise.Hashtags.of(doc.text()), at).narrative();
                if (features.fingerprint() != 0) {
                    fingerprints.put(features.fingerprint(), narrative.id());
                    fingerprintTimes.put(features.fingerprint(), at);
                }
            }
            // the processor's profile counts every placed post's hashtags
            narrative.profile().addHashtags(org.bellwether.processor.normalise.Hashtags.of(doc.text()),
                    settings.placeTags());
            repository.save(narrative);
            assigned.add(narrative.id());
            if (clusterer.maintenanceDue()) {
                clusterer.maintain();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> predicted = new ArrayList<>();
        for (String id : assigned) {
            predicted.add(clusterer.resolve(id).id());
        }
        List<String> gold = docs.stream().map(EvalDocument::label).toList();
        String predictions = System.getProperty("predictions");
        if (predictions != null) {
            Path out = Path.of(predictions, "predictions-" + file.getFileName() + ".tsv");
            try (java.io.PrintWriter w = new java.io.PrintWriter(out.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
                for (int i = 0; i < gold.size(); i++) {
                    w.println(gold.get(i) + "\t" + predicted.get(i) + "\t"
                            + docs.get(i).text().replace('\t', ' ').replace('\n', ' '));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (Boolean.getBoolean("dump")) {
            java.util.Map<String, NarrativeState> finals = new java.util.TreeMap<>();
            for (String id : predicted) {
                finals.putIfAbsent(id, clusterer.find(id));
            }
            for (NarrativeState state : finals.values()) {
                System.out.printf("DUMP %s posts=%d %s %s..%s %s %s%n", state.id(), state.posts(), state.status(),
                        java.time.Instant.ofEpochMilli(state.firstSeen()),
                        java.time.Instant.ofEpochMilli(state.lastSeen()),
                        state.topTerms(4), state.profile().hashtags().topMap(4));
            }
        }
        ClusteringMetrics m = ClusteringMetrics.of(gold, predicted);
        NarrativesPerLabel seen = NarrativesPerLabel.of(gold, predicted, ClusteringEval.SEEN_MIN_POSTS);
        System.out.printf("%-24s clusters=%4d nmi=%.4f ari=%.4f p=%.4f r=%.4f f1=%.4f per-label mean=%.2f max=%d "
                        + "over3=%d docs/s=%.0f%n", file.getFileName(), m.clusters(), m.nmi(), m.ari(), m.b3Precision(),
                m.b3Recall(), m.b3F1(), seen.meanNarratives(), seen.maxNarratives(), seen.labelsOverThree(),
                docs.size() / seconds);
    }
}
