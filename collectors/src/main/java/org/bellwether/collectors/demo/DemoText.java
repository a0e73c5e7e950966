package org.bellwether.collectors.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills template slots and makes near-duplicates, all from the scenario's random source. Not thread-safe. */
final class DemoText {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");
    private static final Map<String, String> SHARE = Map.of(
            "en", "Share this!", "es", "¡Compartan!", "fr", "Partagez !", "ar", "انشروا!");
    private static final List<String> EMPHASIS = List.of("!!", "!!!", " 😡", " ⚠️", " 👀", " …", " 🔥");

    private final Random random;

    DemoText(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Replaces {@code {name}} slots from the given maps, first map first; {@code hood} is given separately. */
    String fill(String template, String hood, String tag, List<Map<String, List<String>>> slotMaps) {
        Matcher matcher = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (name.equals("hood")) {
                value = hood;
            } else if (name.equals("tag")) {
                value = tag;
            } else {
                value = null;
                for (Map<String, List<String>> slots : slotMaps) {
                    List<String> values = slots == null ? null : slots.get(name);
                    if (values != null && !values.isEmpty()) {
                        value = pick(values);
                        break;
                    }
                }
                if (value == null) {
                    value = name;
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").trim();
    }

    /** A near-duplicate: the same claim with small edits, as copy-paste amplification produces. */
    String nearDuplicate(String text, String lang, List<String> hashtags, String hood, List<String> hoods) {
        String result = text;
        int edits = 1 + random.nextInt(2);
        for (int i = 0; i < edits; i++) {
            switch (random.nextInt(6)) {
                case 0 -> result = result + EMPHASIS.get(random.nextInt(EMPHASIS.size()));
                case 1 -> result = hashtags.isEmpty() ? result : result + " " + pick(hashtags);
                case 2 -> result = "👉 " + result;
                case 3 -> result = result + " " + SHARE.getOrDefault(lang, SHARE.get("en"));
                case 4 -> {
                    String other = pick(hoods);
                    result = hood == null ? result : result.replace(hood, other);
                }
                default -> result = result.replaceFirst("\\.\\s*$", "") + ".";
            }
        }
        return result.trim();
    }
}
