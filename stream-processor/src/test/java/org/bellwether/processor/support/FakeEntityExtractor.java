package org.bellwether.processor.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bellwether.processor.nlp.EntityExtractor;

/**
 * Capitalised words after the first word are entities; remembers the candidate flag of the last call so tests can
 * check the enrich step's gating.
 */
public final class FakeEntityExtractor implements EntityExtractor {
    private final List<Boolean> candidateFlags = new ArrayList<>();

    @Override
    public synchronized List<String> entities(String text, String lang, boolean candidate) {
        candidateFlags.add(candidate);
        Set<String> entities = new LinkedHashSet<>();
        String[] words = text.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String word = words[i].replaceAll("[^\\p{L}]", "");
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                entities.add(word);
            }
        }
        return List.copyOf(entities);
    }

    public synchronized List<Boolean> candidateFlags() {
        return List.copyOf(candidateFlags);
    }
}
