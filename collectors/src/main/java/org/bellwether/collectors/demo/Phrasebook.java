package org.bellwether.collectors.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Json;

/** The demo's text material, read from the JSON resources beside this class. */
final class Phrasebook {

    record Chatter(Map<String, List<String>> slots, Map<String, Language> languages) {
    }

    record Language(int weight, Map<String, List<String>> slots, List<String> openers, List<String> closers,
                    Map<String, List<String>> topics) {
    }

    record Storylines(Map<String, Map<String, List<String>>> slots, List<Storyline> storylines) {
    }

    record Storyline(String id, boolean harmful, String category, double onsetHour, double rampHours,
                     double peakPerHour, double fadeStartHour, double fadeHours, double endHour, double repostShare,
                     double nearDuplicateShare, List<String> hashtags, List<String> hoods,
                     Map<String, Voice> languages) {
    }

    record Voice(int weight, List<String> templates) {
    }

    private Phrasebook() {
    }

    static Chatter chatter() {
        return read("chatter.json", Chatter.class);
    }

    static Storylines storylines() {
        return read("narratives.json", Storylines.class);
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = Phrasebook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return Json.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
