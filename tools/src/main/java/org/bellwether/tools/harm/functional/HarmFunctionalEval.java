package org.bellwether.tools.harm.functional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.bellwether.model.Json;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmTask;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether eval harm-functional [--cases F.jsonl]}: scores the harm functional suite with the shipped scorer
 * at the shipped hate threshold and prints the pass rate per function and language, the macro-F1 per language and
 * the share of counter-speech judged hateful; the last line is one JSON object. The suite is a test set only: its
 * figures measure, they never choose a value.
 */
@Command(name = "harm-functional", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score the harm functional suite with the shipped scorer and print the pass rate per function "
                + "and language; the last line is one JSON object."})
public final class HarmFunctionalEval implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Option(names = "--cases", paramLabel = "F.jsonl", description = "the suite (default: "
            + "${sys:bellwether.home:-.}/" + FunctionalSuite.CASES + ")")
    private Path cases = Path.of(System.getProperty("bellwether.home", ".")).resolve(FunctionalSuite.CASES);

    /** Runs {@code eval harm-functional} with {@code args}, printing to {@code out}; returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        return Cli.execute(new HarmFunctionalEval(), out, args);
    }

    @Override
    public Integer call() throws IOException {
        List<FunctionalCase> suite = FunctionalSuite.read(cases);
        FunctionalSuite.Result result = FunctionalSuite.run(DefaultHarmScorer.load(), suite);
        report(result, Cli.out(spec));
        return 0;
    }

    static void report(FunctionalSuite.Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%d cases, hate threshold %.2f; pass rate per function and language%n",
                result.cases(), HarmTask.HATE.threshold());
        TreeSet<String> functions = new TreeSet<>();
        result.passRates().values().forEach(rates -> functions.addAll(rates.keySet()));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-20s", "function"));
        result.passRates().keySet().forEach(lang -> header.append(String.format(Locale.ROOT, "%7s", lang)));
        out.println(header);
        for (String function : functions) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s", function));
            for (Map<String, Double> rates : result.passRates().values()) {
                Double rate = rates.get(function);
                row.append(rate == null ? String.format(Locale.ROOT, "%7s", "-")
                        : String.format(Locale.ROOT, "%7.2f", rate));
            }
            out.println(row);
        }
        StringBuilder macro = new StringBuilder(String.format(Locale.ROOT, "%-20s", "macro-F1"));
        result.macroF1ByLanguage().values().forEach(f1 -> macro.append(String.format(Locale.ROOT, "%7.3f", f1)));
        out.println(macro);
        out.printf(Locale.ROOT, "macro-F1 over all cases %.4f; counter-speech judged hateful %.4f%n",
                result.macroF1(), result.counterSpeechAsHate());
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("cases", result.cases());
        json.put("threshold", HarmTask.HATE.threshold());
        json.put("macro_f1", round(result.macroF1()));
        json.put("counter_speech_as_hate", round(result.counterSpeechAsHate()));
        ObjectNode byLanguage = json.putObject("macro_f1_by_language");
        result.macroF1ByLanguage().forEach((lang, f1) -> byLanguage.put(lang, round(f1)));
        ObjectNode passRates = json.putObject("pass_rates");
        result.passRates().forEach((lang, rates) -> {
            ObjectNode language = passRates.putObject(lang);
            rates.forEach((function, rate) -> language.put(function, round(rate)));
        });
        out.println(json);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
