package org.bellwether.tools.eval;

import java.io.PrintStream;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.model.SignatureMatcher;
import org.bellwether.processor.Pipeline;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval network --input F.jsonl --text-field T --label-field L --time-field S --cities 2 --lag PT24H}: how much
 * warning a city gets from another that saw a narrative first.
 * <ul>
 *   <li>Each event's documents are dealt in turn to the cities (the first to city 1, the next to city 2, …); city
 *   {@code i} sees its share {@code (i − 1) × lag} later. Every document gets an author of its own (the file has
 *   none), so distinct authors count documents.</li>
 *   <li>Each city runs the real topology. When one of its alerts fires, the city shares its narrative's signature
 *   as the product does: built by {@code NarrativeSignatures.of}, withheld below {@code --min-authors} distinct
 *   authors, signed with the city's Ed25519 key, written with the topic's serde; the other cities read it, verify it
 *   against the city's key and match it against their live narratives with the shipped {@code SignatureMatcher},
 *   as every narrative snapshot changes.</li>
 *   <li>For every city after the first and every event: the event is <b>prewarned</b> when the city matched a
 *   signature of that event (the majority label of the sharing narrative) with a narrative of that event (the
 *   majority label of its documents so far) before its own first alert for the event, or without one; the
 *   <b>lead</b> is from that match to its own alert. A <b>false match</b> links a narrative to a signature of
 *   another event.</li>
 * </ul>
 * The last line printed is one JSON object.
 */
@Command(name = "network", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Split a labelled, timed file into cities that share narrative signatures, delay the later "
                + "cities, and measure their early warnings. The last line printed is one JSON object."})
public final class NetworkEval implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private TimedLabelledFile file;
    @Option(names = "--cities", defaultValue = "2", paramLabel = "N", description = "cities (default 2)")
    private int cities;
    @Option(names = "--lag", defaultValue = "PT24H", paramLabel = "D",
            description = "delay of each city after the previous one, ISO-8601 (default PT24H)")
    private Duration lag;
    @Option(names = "--look-back", defaultValue = "P14D", paramLabel = "D",
            description = "how old a received signature may be and still be matched, ISO-8601 (default P14D, "
                    + "the api's network.lookBack)")
    private Duration lookBack;
    @Option(names = "--min-term-cosine", paramLabel = "C", description = "the matcher's term cosine (default: shipped)")
    private double minTermCosine = SignatureMatcher.DEFAULT.minTermCosine();
    @Option(names = "--min-shared-terms", paramLabel = "N", description = "the matcher's shared terms (default: shipped)")
    private int minSharedTerms = SignatureMatcher.DEFAULT.minSharedTerms();
    @Option(names = "--min-authors", defaultValue = "20", paramLabel = "K",
            description = "distinct authors a narrative needs to be shared (default 20)")
    private int minAuthors;

    @Override
    public Integer call() {
        PrintStream out = Cli.out(spec);
        if (cities < 2) {
            out.println("--cities must be at least 2");
            return 2;
        }
        List<EvalDocument> documents = EvalFiles.read(file.input, file.textField, file.labelField, file.timeField, file.idField);
        List<NetworkCity> network = new ArrayList<>();
        Map<String, Integer> dealt = new HashMap<>();
        List<Arrival> timeline = new ArrayList<>();
        for (int i = 0; i < cities; i++) {
            KeyPair key = org.bellwether.model.NarrativeSignatures.newKeyPair();
            network.add(new NetworkCity("city" + (i + 1), key, new EvalReplay(Pipeline.build(EvalReplay.SETTINGS)),
                    minAuthors, lookBack, new SignatureMatcher(minTermCosine, minSharedTerms)));
        }
        for (EvalDocument document : documents) {
            int city = (dealt.merge(document.label(), 1, Integer::sum) - 1) % cities;
            Instant at = document.time().plus(lag.multipliedBy(city));
            timeline.add(new Arrival(at, city, new EvalDocument(document.id(), document.text(), document.label(), at,
                    document.tag())));
        }
        timeline.sort(Comparator.comparing(Arrival::at).thenComparingInt(Arrival::city));
        try {
            for (NetworkCity city : network) {
                for (NetworkCity other : network) {
                    if (other != city) {
                        city.trust(other.name(), other.publicKey());
                    }
                }
            }
            int step = 0;
            for (Arrival arrival : timeline) {
                NetworkCity city = network.get(arrival.city());
                List<NetworkCity.Shared> shared = city.take(arrival.document(), arrival.at());
                for (NetworkCity.Shared signature : shared) {
                    for (NetworkCity other : network) {
                        if (other != city) {
                            other.receive(signature, arrival.at());
                        }
                    }
                }
                if (++step % 2000 == 0) {
                    out.printf(Locale.ROOT, "%d of %d documents%n", step, timeline.size());
                }
            }
        } finally {
            network.forEach(NetworkCity::close);
        }
        return report(out, documents, network);
    }

    private int report(PrintStream out, List<EvalDocument> documents, List<NetworkCity> network) {
        List<String> events = documents.stream().map(EvalDocument::label).distinct().toList();
        int scored = 0;
        int prewarned = 0;
        int falseMatches = 0;
        List<Double> leads = new ArrayList<>();
        for (NetworkCity city : network.subList(1, network.size())) {
            falseMatches += city.falseMatches();
            for (String event : events) {
                scored++;
                Instant warned = city.firstTrueMatch().get(event);
                Instant flagged = city.firstFlag().get(event);
                boolean early = warned != null && (flagged == null || !warned.isAfter(flagged));
                Double lead = early && flagged != null ? Duration.between(warned, flagged).toSeconds() / 60.0 : null;
                if (early) {
                    prewarned++;
                    if (lead != null) {
                        leads.add(lead);
                    }
                }
                out.println(String.format(Locale.ROOT, "%s %-40s %s; matched %s; flagged %s", city.name(), event,
                        early ? "PREWARNED" + (lead == null ? " (never flagged)" : String.format(Locale.ROOT,
                                " %.0f min ahead", lead)) : "not prewarned", warned, flagged));
            }
        }
        int shared = 0;
        int withheld = 0;
        for (NetworkCity city : network) {
            shared += city.shared();
            withheld += city.withheld();
            out.printf(Locale.ROOT, "%s: %d alerts, %d signatures shared, %d withheld below %d authors, %d received, "
                    + "%d matches (%d false)%n", city.name(), city.alerts(), city.shared(), city.withheld(),
                    minAuthors, city.received(), city.matches(), city.falseMatches());
        }
        network.forEach(city -> city.falseMatchLines().forEach(out::println));
        Double median = EmergenceEval.median(leads);
        out.println(String.format(Locale.ROOT, "{\"events\":%d,\"prewarned\":%d,\"median_lead_minutes\":%s,"
                        + "\"false_matches\":%d,\"shared\":%d,\"withheld_below_k\":%d}", scored, prewarned,
                median == null ? "null" : String.format(Locale.ROOT, "%.1f", median), falseMatches, shared,
                withheld));
        return 0;
    }

    private record Arrival(Instant at, int city, EvalDocument document) {
    }
}
