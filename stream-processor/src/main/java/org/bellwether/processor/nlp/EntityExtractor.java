package org.bellwether.processor.nlp;

import java.util.List;

/**
 * Finds the named entities a post talks about (places, organisations, groups, events, people in the public
 * sphere), to label narratives and link them. Never used to profile authors. Thread-safe.
 */
public interface EntityExtractor {

    /**
     * @param text      normalised post text
     * @param lang      ISO 639-1 language, or {@code und}
     * @param candidate true when the post is a harm candidate, for which an expensive model may run
     * @return distinct entity surface forms in order of appearance
     */
    List<String> entities(String text, String lang, boolean candidate);
}
