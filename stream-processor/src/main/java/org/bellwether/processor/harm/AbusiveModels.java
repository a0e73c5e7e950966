package org.bellwether.processor.harm;

import java.util.Map;

/**
 * The abusive-language models: one per language with training data (en: MLMA + Constraint, fr and ar: MLMA,
 * de: GermEval 2018) and a multilingual one (all of them) for every other language.
 *
 * @param byLanguage   models keyed by ISO 639-1 language
 * @param multilingual the fallback model
 */
public record AbusiveModels(Map<String, LinearModel> byLanguage, LinearModel multilingual) {

    public AbusiveModels {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The model for a post in {@code lang}. */
    public LinearModel forLanguage(String lang) {
        return byLanguage.getOrDefault(lang, multilingual);
    }
}
