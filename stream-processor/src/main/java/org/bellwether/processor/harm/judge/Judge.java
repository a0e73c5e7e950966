package org.bellwether.processor.harm.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.processor.harm.fold.FoldingVocabulary;
import org.bellwether.processor.nlp.Token;

/**
 * The structured judgement of one post: which group each hostile act is aimed at (named in the sentence, or referred
 * back to with "they" after being named earlier), and how the author stands to it (asserted, negated, questioned,
 * quoted or countered), with cheap token-window rules over the {@link JudgementLexicon} of the post's language. A
 * post in another language is read with every Latin-script lexicon (or the Arabic one for Arabic script) at lower
 * weight. Immutable, thread-safe.
 */
public final class Judge {

    /** Weight factor for a post whose language has no lexicon of its own. */
    static final double FOREIGN_WEIGHT = 0.8;
    /** A negation this many tokens or fewer before an act negates it. */
    static final int NEGATION_WINDOW = 5;
    private static final List<String> LATIN = List.of("en", "es", "fr", "de");

    private final Map<String, JudgementLexicon> lexicons;

    public Judge(Map<String, JudgementLexicon> lexicons) {
        this.lexicons = Map.copyOf(lexicons);
    }

    /** Loads the shipped lexicons of every language in {@link JudgementLexicon#LANGUAGES}. */
    public static Judge load() {
        Map<String, JudgementLexicon> lexicons = new HashMap<>();
        for (String language : JudgementLexicon.LANGUAGES) {
            lexicons.put(language, JudgementLexicon.load(language));
        }
        return new Judge(lexicons);
    }

    /** The words obfuscation folding may repair towards in {@code language} (one of the lexicon languages). */
    public void addVocabulary(String language, FoldingVocabulary.Builder builder) {
        lexicons.get(language).addVocabulary(builder);
    }

    /**
     * @param text   the (folded) post text the tokens were read from
     * @param tokens its tokens
     * @param lang   ISO 639-1 language ({@code ar} for Arabic script), or {@code und}
     */
    public Judgement judge(String text, List<Token> tokens, String lang) {
        if (tokens.isEmpty()) {
            return Judgement.NONE;
        }
        JudgementLexicon own = lexicons.get(lang);
        if (own != null) {
            return new PostReading(text, tokens, own).judgement(1.0);
        }
        List<Finding> findings = new ArrayList<>();
        double counterWithoutAct = 0;
        for (String language : LATIN) {
            Judgement one = new PostReading(text, tokens, lexicons.get(language)).judgement(FOREIGN_WEIGHT);
            findings.addAll(one.findings());
            counterWithoutAct = Math.max(counterWithoutAct, one.counterWithoutAct());
        }
        return new Judgement(findings, counterWithoutAct);
    }
}
