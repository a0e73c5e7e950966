package org.bellwether.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bellwether.processor.normalise.LanguageIdentifier;

/**
 * Development aid: how often {@link LanguageIdentifier} names the language a labelled file gives its posts, without a
 * source hint (a web-form, SMS or e-mail tip, or a feed that states none). Arguments: the shared data folder (default
 * {@code ../shared/data}); {@code -Dhint=xx} gives every post that source hint instead (a platform's default language,
 * right for some files and wrong for others); {@code -Dwrite=DIR} also writes each harm file to DIR with its
 * {@code lang} replaced by the identified language (the production path, for {@code eval harm}). Prints, per harm
 * file, the share identified as the file's language and what the rest became; then, for CrisisLexT26 dev, the same
 * per language its {@code lang_guess} heuristic names (not a gold label).
 */
public final class LanguageExperiment {
    private static final String[] FILES = {"davidson2017-dev", "germeval2018-train", "mlma_fr_dev", "mlma_en_dev",
        "mlma_ar_dev", "tweeteval-hate_val", "tweeteval-offensive_val", "constraint2021-val"};
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        String write = System.getProperty("write");
        for (String name : FILES) {
            List<String> relabelled = new ArrayList<>();
            Map<String, Map<String, Integer>> found = identify(data.resolve("harm/" + name + ".jsonl"), "lang",
                    relabelled);
            print(name, found.values().iterator().next(), found.keySet().iterator().next());
            if (write != null) {
                Files.write(Path.of(write, name + ".jsonl"), relabelled, StandardCharsets.UTF_8);
            }
        }
        identify(data.resolve("clustering/crisislext26-dev.jsonl"), "lang_guess", new ArrayList<>())
                .forEach((guess, found) -> print("crisislext26 " + guess, found, guess));
    }

    /** Per value of {@code field}: how many of its posts were named each language; {@code relabelled} gets each line. */
    private static Map<String, Map<String, Integer>> identify(Path file, String field, List<String> relabelled)
            throws IOException {
        Map<String, Map<String, Integer>> found = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            ObjectNode doc = (ObjectNode) JSON.readTree(line);
            String identified = LanguageIdentifier.identify(doc.get("text").asText(), System.getProperty("hint"));
            found.computeIfAbsent(doc.get(field).asText(), k -> new TreeMap<>()).merge(identified, 1, Integer::sum);
            relabelled.add(JSON.writeValueAsString(doc.put("lang", identified)));
        }
        return found;
    }

    private static void print(String name, Map<String, Integer> found, String language) {
        int all = found.values().stream().mapToInt(Integer::intValue).sum();
        String others = found.entrySet().stream().filter(e -> !e.getKey().equals(language))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        System.out.printf("%-26s %6d posts, identified %.4f; others: %s%n", name, all,
                found.getOrDefault(language, 0) / (double) all, others);
    }
}
