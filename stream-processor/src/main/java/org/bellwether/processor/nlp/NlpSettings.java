package org.bellwether.processor.nlp;

import java.util.Set;

/**
 * How entities are extracted.
 *
 * @param nerEnabled   run Stanford CoreNLP NER on harm candidates in English (production default: true)
 * @param nerPreload   load the NER pipeline at construction instead of at the first candidate (7–11 s, 0.4 GB)
 * @param nerModel     the CRF model on the classpath (default: CoNLL 4-class, PER/LOC/ORG/MISC, one model
 *                     instead of CoreNLP's three, about three times faster)
 * @param nerMaxChars  only this many leading chars of a candidate go through NER
 * @param gazetteer    extra names to recognise in every post (neighbourhoods, local institutions), any language
 */
public record NlpSettings(boolean nerEnabled, boolean nerPreload, String nerModel, int nerMaxChars,
                          Set<String> gazetteer) {

    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    public NlpSettings {
        nerModel = nerModel == null || nerModel.isBlank() ? CONLL_4CLASS : nerModel;
        nerMaxChars = nerMaxChars <= 0 ? 1_000 : nerMaxChars;
        gazetteer = gazetteer == null ? Set.of() : Set.copyOf(gazetteer);
    }

    /** Production: NER on for candidates, loaded lazily at the first candidate. */
    public static NlpSettings production() {
        return new NlpSettings(true, false, CONLL_4CLASS, 1_000, Set.of());
    }

    /** Tests and dev: the cheap extractor only. */
    public static NlpSettings cheapOnly() {
        return new NlpSettings(false, false, CONLL_4CLASS, 1_000, Set.of());
    }

    public NlpSettings withGazetteer(Set<String> names) {
        return new NlpSettings(nerEnabled, nerPreload, nerModel, nerMaxChars, names);
    }
}
