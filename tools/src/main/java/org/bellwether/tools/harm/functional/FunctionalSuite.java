package org.bellwether.tools.harm.functional;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bellwether.model.Harm;
import org.bellwether.model.Json;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.harm.HarmTask;

/**
 * The harm functional test suite (functions after Röttger et al., ACL 2021, HateCheck; cases written for this
 * project in {@value #CASES}): scores every case with a scorer at the shipped hate threshold
 * and reports the pass rate per language and function and the macro-F1. A test set only: never training data,
 * never used to choose a value.
 */
public final class FunctionalSuite {

    /** Where the cases are kept, relative to the repository root: test resources, never shipped in a jar. */
    public static final String CASES = "stream-processor/src/test/resources/harm-functional/cases.jsonl";

    private FunctionalSuite() {
    }

    /** The cases in {@code file} (one JSON object a line). */
    public static List<FunctionalCase> read(Path file) throws IOException {
        List<FunctionalCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = Json.mapper().readTree(line);
                cases.add(new FunctionalCase(node.get("id").asText(), node.get("lang").asText(),
                        node.get("function").asText(), node.get("target").asText(), node.get("label").asText(),
                        node.get("text").asText()));
            }
        }
        return cases;
    }

    /** Scores every case; a case is predicted hateful when its hate score reaches the shipped threshold. */
    public static Result run(HarmScorer scorer, List<FunctionalCase> cases) {
        Map<String, Map<String, int[]>> passed = new TreeMap<>();
        int[] counts = new int[4];
        Map<String, int[]> perLanguage = new TreeMap<>();
        int counter = 0;
        int counterAsHate = 0;
        List<FunctionalCase> failures = new ArrayList<>();
        for (FunctionalCase c : cases) {
            Harm harm = scorer.score(c.text(), c.lang());
            boolean predicted = HarmTask.HATE.score(harm) >= HarmTask.HATE.threshold();
            int cell = (c.hateful() ? 0 : 2) + (predicted ? 0 : 1);
            counts[cell]++;
            perLanguage.computeIfAbsent(c.lang(), k -> new int[4])[cell]++;
            int[] tally = passed.computeIfAbsent(c.lang(), k -> new TreeMap<>())
                    .computeIfAbsent(c.function(), k -> new int[2]);
            tally[1]++;
            if (predicted == c.hateful()) {
                tally[0]++;
            } else {
                failures.add(c);
            }
            if (c.counterSpeech()) {
                counter++;
                counterAsHate += predicted ? 1 : 0;
            }
        }
        Map<String, Map<String, Double>> rates = new TreeMap<>();
        passed.forEach((lang, byFunction) -> {
            Map<String, Double> languageRates = new TreeMap<>();
            byFunction.forEach((function, tally) -> languageRates.put(function, (double) tally[0] / tally[1]));
            rates.put(lang, languageRates);
        });
        Map<String, Double> languageF1 = new TreeMap<>();
        perLanguage.forEach((lang, cells) -> languageF1.put(lang, macroF1(cells)));
        return new Result(rates, macroF1(counts), languageF1,
                counter == 0 ? 0 : (double) counterAsHate / counter, cases.size(), List.copyOf(failures));
    }

    /** Macro-F1 over hateful and not hateful from {@code [tp, fn, fp, tn]}. */
    static double macroF1(int[] cells) {
        return (f1(cells[0], cells[2], cells[1]) + f1(cells[3], cells[1], cells[2])) / 2;
    }

    private static double f1(int truePositive, int falsePositive, int falseNegative) {
        int denominator = 2 * truePositive + falsePositive + falseNegative;
        return denominator == 0 ? 0 : 2.0 * truePositive / denominator;
    }

    /**
     * @param passRates              per language, per function: the share of cases judged as labelled
     * @param macroF1                over all cases, hateful and not hateful
     * @param macroF1ByLanguage      the same per language
     * @param counterSpeechAsHate    the share of counter-speech cases judged hateful
     * @param cases                  how many cases were scored
     * @param failures               the cases judged against their label
     */
    public record Result(Map<String, Map<String, Double>> passRates, double macroF1,
                         Map<String, Double> macroF1ByLanguage, double counterSpeechAsHate, int cases,
                         List<FunctionalCase> failures) {
    }
}
