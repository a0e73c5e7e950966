package org.bellwether.processor.flag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.bellwether.processor.cluster.NarrativeState;

/**
 * The narratives alerted recently, each with its signature (heaviest terms, hashtags, entities), so that a rule can
 * stay silent for a narrative that tells the same story as one an officer was just alerted to. Kept in the
 * narrative task's changelogged meta store ({@link #toBytes}). Not thread-safe.
 */
public final class RecentAlerts {
    /** Entries kept at most, oldest dropped first. */
    static final int CAPACITY = 500;
    private static final int SIGNATURE_TERMS = 5;
    private static final int SIGNATURE_TAGS = 3;

    private record Entry(String narrativeId, long time, Set<String> signature) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The words that identify a narrative's story: its heaviest terms, top hashtags and the words of its top entities. */
    public static Set<String> signature(NarrativeState state) {
        Set<String> signature = new LinkedHashSet<>(state.topTerms(SIGNATURE_TERMS));
        state.profile().hashtags().top(SIGNATURE_TAGS).forEach(tag -> signature.add(tag.toLowerCase(Locale.ROOT)));
        for (String entity : state.profile().entities().top(SIGNATURE_TAGS)) {
            for (String word : entity.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
                if (word.length() > 2) {
                    signature.add(word);
                }
            }
        }
        return signature;
    }

    /**
     * True when another narrative, alerted at or after {@code since} and still alive, shares a signature word.
     *
     * @param alive tells whether an alerted narrative (by id) is still alive (open, or merged into an open one)
     */
    public boolean related(String narrativeId, Set<String> signature, long since, Predicate<String> alive) {
        for (Entry entry : entries) {
            if (entry.time() >= since && !entry.narrativeId().equals(narrativeId)
                    && !Collections.disjoint(entry.signature(), signature) && alive.test(entry.narrativeId())) {
                return true;
            }
        }
        return false;
    }

    /** True when another narrative alerted at or after {@code since} is still alive, whatever it is about. */
    public boolean anyAlive(String narrativeId, long since, Predicate<String> alive) {
        for (Entry entry : entries) {
            if (entry.time() >= since && !entry.narrativeId().equals(narrativeId) && alive.test(entry.narrativeId())) {
                return true;
            }
        }
        return false;
    }

    public void add(String narrativeId, long time, Set<String> signature, long forgetBefore) {
        entries.removeIf(entry -> entry.time() < forgetBefore);
        entries.add(new Entry(narrativeId, time, Set.copyOf(signature)));
        while (entries.size() > CAPACITY) {
            entries.remove(0);
        }
    }

    public int size() {
        return entries.size();
    }

    /** One line per entry: id, time, signature words separated by U+001F. */
    public byte[] toBytes() {
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            out.append(entry.narrativeId()).append('\t').append(entry.time()).append('\t')
                    .append(String.join("\u001f", entry.signature())).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static RecentAlerts fromBytes(byte[] bytes) {
        RecentAlerts alerts = new RecentAlerts();
        if (bytes == null) {
            return alerts;
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                Set<String> signature = new HashSet<>(List.of(parts[2].split("\u001f")));
                alerts.entries.add(new Entry(parts[0], Long.parseLong(parts[1]), signature));
            }
        }
        return alerts;
    }
}
