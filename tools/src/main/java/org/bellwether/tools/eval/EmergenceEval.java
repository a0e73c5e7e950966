package org.bellwether.tools.eval;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.model.Alert;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval emergence --input F.jsonl --text-field T --label-field L --time-field S [--id-field I]
 * [--background-label V [--background-field B]]}: replays the file through the real topology and checks its alerts
 * against the labels (events).
 * <ul>
 *   <li>Each alert is attributed to the majority label of the documents its narrative held when the alert fired
 *   (following the merges known then): what the alert was about at the time.</li>
 *   <li>An event is <b>detected</b> by the first alert attributed to it; its <b>delay</b> is the number of the
 *   event's documents replayed up to that alert, and the event time from the event's first document to the
 *   alert, in minutes.</li>
 *   <li>Every other alert is a <b>false alert</b>: it points at an event an officer has already been alerted to
 *   (a repeat), so it costs attention without news.</li>
 *   <li>With {@code --background-label V}, documents whose label (or, with {@code --background-field B}, whose field
 *   B) is V are <b>noise</b>: they are replayed like every other document but belong to no event. An alert whose
 *   narrative held mostly noise when it fired (more than half of its documents) is a <b>noise alert</b>; it is also a
 *   false alert, and the JSON adds {@code noise_alerts}. Otherwise the alert is attributed to the majority event
 *   among the narrative's other documents, and delays count only the event's documents that are not noise.</li>
 * </ul>
 * The last line printed is one JSON object.
 */
@Command(name = "emergence", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay a labelled, timed file through the real topology and check its alerts against the "
                + "labels (events): detections, delays, repeats. The last line printed is one JSON object."})
public final class EmergenceEval implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private TimedLabelledFile file;
    @Option(names = "--background-label", paramLabel = "V",
            description = "documents with this label (or this value of --background-field) are noise, not an event")
    private String backgroundLabel;
    @Option(names = "--background-field", paramLabel = "B",
            description = "the field --background-label is read from (default: the label field)")
    private String backgroundField;
    /** The processor settings replayed with: the evaluation defaults (a development aid may set others). */
    ProcessorSettings settings = EvalReplay.SETTINGS;

    record Detection(String event, int delayPosts, double delayMinutes, Alert alert) {
    }

    @Override
    public Integer call() {
        PrintStream out = Cli.out(spec);
        List<EvalDocument> documents = EvalFiles.read(file.input, file.textField, file.labelField, file.timeField, file.idField,
                backgroundField);
        boolean[] noise = new boolean[documents.size()];
        for (int i = 0; i < noise.length; i++) {
            EvalDocument document = documents.get(i);
            noise[i] = backgroundLabel != null
                    && backgroundLabel.equals(backgroundField == null ? document.label() : document.tag());
        }
        EvalReplay.Outcome outcome;
        try (EvalReplay replay = new EvalReplay(Pipeline.build(settings))) {
            outcome = replay.replay(documents);
        }
        Map<String, Instant> firstSeen = new LinkedHashMap<>();
        for (int i = 0; i < noise.length; i++) {
            if (!noise[i]) {
                firstSeen.putIfAbsent(documents.get(i).label(), documents.get(i).time());
            }
        }
        Map<String, Detection> detections = new LinkedHashMap<>();
        int falseAlerts = 0;
        int noiseAlerts = 0;
        for (EvalReplay.TimedAlert timed : outcome.alerts()) {
            String event = labelAtAlert(documents, noise, outcome, timed);
            boolean isNoise = NOISE.equals(event);
            out.printf(Locale.ROOT, "alert after doc %d: %s %s on %s \"%s\" (finally %s) -> %s%s%n", timed.position(),
                    timed.alert().severity().wireName(), timed.alert().rule(), timed.alert().narrativeId(),
                    timed.alert().label(), follow(timed.mergedIntoThen(), timed.alert().narrativeId()),
                    isNoise ? "mostly noise" : event, isNoise ? " [noise: false alert]"
                            : event != null && detections.containsKey(event) ? " [repeat: false alert]" : "");
            if (isNoise) {
                noiseAlerts++;
            }
            if (event == null || isNoise || detections.containsKey(event)) {
                falseAlerts++;
                continue;
            }
            int delayPosts = 0;
            for (int i = 0; i < timed.position(); i++) {
                if (!noise[i] && documents.get(i).label().equals(event)) {
                    delayPosts++;
                }
            }
            double minutes = Duration.between(firstSeen.get(event), timed.alert().flaggedAt()).toSeconds() / 60.0;
            detections.put(event, new Detection(event, delayPosts, minutes, timed.alert()));
        }
        for (String event : firstSeen.keySet()) {
            Detection detection = detections.get(event);
            out.println(detection == null ? String.format(Locale.ROOT, "%-40s not detected", event)
                    : String.format(Locale.ROOT, "%-40s detected after %d posts, %.0f min: %s", event,
                            detection.delayPosts(), detection.delayMinutes(), detection.alert().reason()));
        }
        out.printf(Locale.ROOT, "%d alerts in all; %d first detections, %d false alerts%s%n", outcome.alerts().size(),
                detections.size(), falseAlerts, backgroundLabel == null ? " (repeats)"
                        : String.format(Locale.ROOT, ", of which %d about mostly noise", noiseAlerts));
        List<Double> posts = new ArrayList<>();
        List<Double> minutes = new ArrayList<>();
        detections.values().forEach(d -> {
            posts.add((double) d.delayPosts());
            minutes.add(d.delayMinutes());
        });
        out.println(String.format(Locale.ROOT, "{\"events\":%d,\"detected\":%d,\"median_delay_posts\":%s,"
                        + "\"median_delay_minutes\":%s,\"false_alerts\":%d%s}", firstSeen.size(), detections.size(),
                number(median(posts)), number(median(minutes)), falseAlerts,
                backgroundLabel == null ? "" : ",\"noise_alerts\":" + noiseAlerts));
        return 0;
    }

    /** What {@link #labelAtAlert} answers for a narrative that held mostly noise. */
    static final String NOISE = "\u0000noise";

    /**
     * What the alerted narrative was about when the alert fired: {@link #NOISE} when more than half of its documents
     * were noise, else the majority label of its other documents.
     */
    static String labelAtAlert(List<EvalDocument> documents, boolean[] noise, EvalReplay.Outcome outcome,
                               EvalReplay.TimedAlert timed) {
        String target = follow(timed.mergedIntoThen(), timed.alert().narrativeId());
        Map<String, Integer> counts = new HashMap<>();
        int held = 0;
        int noisy = 0;
        for (int i = 0; i < timed.position(); i++) {
            if (target.equals(follow(timed.mergedIntoThen(), outcome.assigned().get(i)))) {
                held++;
                if (noise[i]) {
                    noisy++;
                } else {
                    counts.merge(documents.get(i).label(), 1, Integer::sum);
                }
            }
        }
        if (noisy * 2 > held) {
            return NOISE;
        }
        return majority(counts);
    }

    private static String majority(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> label : counts.entrySet()) {
            if (label.getValue() > bestCount || (label.getValue() == bestCount && label.getKey().compareTo(best) < 0)) {
                best = label.getKey();
                bestCount = label.getValue();
            }
        }
        return best;
    }

    static String follow(Map<String, String> mergedInto, String narrative) {
        String current = narrative;
        for (int hops = 0; hops < 1_000 && mergedInto.containsKey(current); hops++) {
            current = mergedInto.get(current);
        }
        return current;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String number(Double value) {
        return value == null ? "null" : String.format(Locale.ROOT, "%.1f", value);
    }
}
