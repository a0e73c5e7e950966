package org.bellwether.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bellwether.api.matching.MatchingWeights;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.NarrativeStatus;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's message catalogues (assets/i18n/&lt;language&gt;.json): every key the scripts use with
 * {@code t('key')} (or {@code tr('key')}, a translator for another language) is in all four catalogues, the catalogues
 * hold the same keys, every placeholder of the English text is in each translation, and every value the dashboard
 * labels (harm categories, narrative states) has a label.
 */
class CatalogueTest {
    static final Path ASSETS = Path.of("src/main/resources/assets");
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "ar");
    static final Pattern KEY_CALL = Pattern.compile("\\btr?\\(\\s*'([^'\\n]+)'");
    static final Pattern PREFIX_CALL = Pattern.compile("\\btr?\\(\\s*`([^`$\\n]*)\\$\\{");
    static final Pattern KEY_IN_CHOICE = Pattern.compile("\\btr?\\(\\s*[^()'`]*\\?\\s*'([^']+)'\\s*:\\s*'([^']+)'");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    static final Pattern COMMENTS = Pattern.compile("/\\*[\\s\\S]*?\\*/|(?m)^\\s*//[^\\n]*|\\s//\\s[^\\n]*");

    @Test
    void everyKeyTheScriptsUseIsInEveryCatalogue() throws IOException {
        Map<String, Map<String, String>> catalogues = catalogues();
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path script : scripts()) {
            String code = COMMENTS.matcher(Files.readString(script, StandardCharsets.UTF_8)).replaceAll("");
            Matcher keys = KEY_CALL.matcher(code);
            while (keys.find()) {
                used.add(keys.group(1));
            }
            Matcher choices = KEY_IN_CHOICE.matcher(code);
            while (choices.find()) {
                used.add(choices.group(1));
                used.add(choices.group(2));
            }
            Matcher dynamic = PREFIX_CALL.matcher(code);
            while (dynamic.find()) {
                prefixes.add(dynamic.group(1));
            }
        }
        assertThat(used).as("keys found in the scripts").hasSizeGreaterThan(300);
        for (String language : LANGUAGES) {
            Set<String> keys = catalogues.get(language).keySet();
            assertThat(used).as("keys used in the scripts but missing from " + language + ".json")
                    .allMatch(keys::contains, "is in the catalogue");
            for (String prefix : prefixes) {
                assertThat(keys).as("keys built from '" + prefix + "…' in " + language + ".json")
                        .anyMatch(key -> key.startsWith(prefix));
            }
        }
    }

    @Test
    void theCataloguesHoldTheSameKeysAndPlaceholders() throws IOException {
        Map<String, Map<String, String>> catalogues = catalogues();
        Map<String, String> english = catalogues.get("en");
        for (String language : LANGUAGES) {
            Map<String, String> catalogue = catalogues.get(language);
            assertThat(catalogue.keySet()).as("keys of " + language + ".json against en.json")
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
            for (Map.Entry<String, String> entry : english.entrySet()) {
                String text = catalogue.get(entry.getKey());
                assertThat(text).as(language + ": " + entry.getKey()).isNotBlank();
                assertThat(placeholders(text)).as(language + ": placeholders of " + entry.getKey())
                        .isEqualTo(placeholders(entry.getValue()));
            }
        }
    }

    @Test
    void everyCategoryStateAndFactorHasALabel() throws IOException {
        Map<String, String> english = catalogues().get("en");
        Stream.of(HarmCategory.values()).map(HarmCategory::wireName)
                .forEach(name -> assertThat(english).containsKey("category." + name));
        Stream.of(NarrativeStatus.values()).map(status -> status.name().toLowerCase())
                .forEach(name -> assertThat(english).containsKey("narrativeStatus." + name));
        Arrays.asList("new", "acknowledged", "monitoring", "responding", "dismissed", "closed")
                .forEach(name -> assertThat(english).containsKey("triageState." + name));
        Arrays.asList("offered", "accepted", "declined", "in_progress", "responded", "closed", "withdrawn")
                .forEach(name -> assertThat(english).containsKey("assignmentState." + name));
        MatchingWeights.FACTORS.forEach(name -> assertThat(english).containsKey("factor." + name));
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static Map<String, Map<String, String>> catalogues() throws IOException {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            all.put(language, new ObjectMapper().readValue(ASSETS.resolve("i18n").resolve(language + ".json").toFile(),
                    new TypeReference<LinkedHashMap<String, String>>() { }));
        }
        return all;
    }

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(ASSETS.resolve("js"))) {
            return files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
        }
    }
}
