package org.bellwether.processor.harm;

import java.util.List;
import org.bellwether.processor.nlp.PostTokenizer;
import org.bellwether.processor.nlp.TermFolding;
import org.bellwether.processor.nlp.Token;

/**
 * A post tokenized and matched against the lexicons: the shared input of the models and the rules.
 *
 * @param tokens the tokens
 * @param hits   lexicon cues found
 * @param lang   the language used ({@code ar} for Arabic-script text of unknown language)
 */
public record PostAnalysis(List<Token> tokens, List<CueHit> hits, String lang) {

    /** Tokenizes and matches one post. */
    public static PostAnalysis of(String text, String lang, HarmLexicon lexicon) {
        String safeText = text == null ? "" : text;
        List<Token> tokens = PostTokenizer.tokenize(safeText);
        String language = normaliseLang(lang);
        boolean arabic = TermFolding.isArabicScript(safeText.length() > 400 ? safeText.substring(0, 400) : safeText);
        if (arabic && !"fa".equals(language)) {
            language = "ar";
        }
        return new PostAnalysis(tokens, lexicon.match(tokens, language, arabic), language);
    }

    /** ISO 639-1 lower case, {@code und} when missing; {@code en-GB} becomes {@code en}. */
    public static String normaliseLang(String lang) {
        if (lang == null || lang.isBlank()) {
            return "und";
        }
        String l = lang.trim().toLowerCase(java.util.Locale.ROOT);
        int dash = l.indexOf('-');
        if (dash < 0) {
            dash = l.indexOf('_');
        }
        return dash > 0 ? l.substring(0, dash) : l;
    }
}
