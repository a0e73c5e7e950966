package org.bellwether.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bellwether.processor.normalise.LanguageIdentifier;

/**
 * Development aid: how often {@link LanguageIdentifier} names the language a labelled file gives its posts, without a
 * source hint (a web-form, SMS or e-mail tip, or a feed that states none). Arguments: the shared data folder (default
 * {@code ../shared/data}); {@code -Dhint=xx} gives every post that source hint instead (a platform's default language,
 * right for some files and wrong for others). Prints, per file, the share identified as the file's language and what
 * the rest became.
 */
public final class LanguageExperiment {
    private static final String[] FILES = {"davidson2017-dev", "germeval2018-train", "mlma_fr_dev", "mlma_en_dev",
        "mlma_ar_dev", "tweeteval-hate_val", "tweeteval-offensive_val", "constraint2021-val"};

    public static void main(String[] args) throws IOException {
        Path harm = Path.of(args.length > 0 ? args[0] : "../shared/data", "harm");
        ObjectMapper json = new ObjectMapper();
        for (String name : FILES) {
            Map<String, Integer> found = new TreeMap<>();
            int right = 0;
            int all = 0;
            for (String line : Files.readAllLines(harm.resolve(name + ".jsonl"), StandardCharsets.UTF_8)) {
                JsonNode doc = json.readTree(line);
                String identified = LanguageIdentifier.identify(doc.get("text").asText(), System.getProperty("hint"));
                all++;
                if (identified.equals(doc.get("lang").asText())) {
                    right++;
                } else {
                    found.merge(identified, 1, Integer::sum);
                }
            }
            String wrong = found.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            System.out.printf("%-26s %6d posts, identified %.4f; others: %s%n", name, all, (double) right / all, wrong);
        }
    }
}
