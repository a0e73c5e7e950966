package org.bellwether.processor.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shipped {@link EntityExtractor}: the {@link CheapEntityExtractor} for every post, plus Stanford CoreNLP NER
 * ({@link CoreNlpNer}) only when the post is a harm candidate, NER is enabled and the post is in English (the only
 * language whose models are on the classpath; other languages keep the cheap result). NER costs far more per post
 * than everything else the pipeline does (docs/FIGURES.md measures both), so the gate is what keeps the pipeline's
 * throughput. Thread-safe.
 */
public final class DefaultEntityExtractor implements EntityExtractor {

    private final CheapEntityExtractor cheap;
    private final CoreNlpNer ner;
    private final int maxNerChars;

    public DefaultEntityExtractor(NlpSettings settings) {
        this.cheap = new CheapEntityExtractor(Gazetteer.load(settings.gazetteer()));
        this.ner = settings.nerEnabled() ? new CoreNlpNer(settings.nerModel()) : null;
        if (ner != null && settings.nerPreload()) {
            ner.preload();
        }
        this.maxNerChars = settings.nerMaxChars();
    }

    /** The production extractor (NER on for candidates, loaded at the first one). */
    public static DefaultEntityExtractor production() {
        return new DefaultEntityExtractor(NlpSettings.production());
    }

    @Override
    public List<String> entities(String text, String lang, boolean candidate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> quick = cheap.entities(text, lang, candidate);
        if (ner == null || !candidate || !("en".equals(lang) || "und".equals(lang))) {
            return quick;
        }
        String head = text.length() > maxNerChars ? text.substring(0, maxNerChars) : text;
        Set<String> merged = new LinkedHashSet<>(ner.entities(head));
        merged.addAll(quick);
        return List.copyOf(merged).subList(0, Math.min(merged.size(), CheapEntityExtractor.MAX_ENTITIES));
    }

    /** True once the NER pipeline has been built (it is built at the first English candidate). */
    public boolean nerLoaded() {
        return ner != null && ner.loaded();
    }

    /** True when NER is configured on. */
    public boolean nerEnabled() {
        return ner != null;
    }
}
