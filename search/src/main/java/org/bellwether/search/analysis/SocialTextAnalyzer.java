package org.bellwether.search.analysis;

import java.io.Reader;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Post text analysis for one language, aware of social media:
 * <ul>
 *   <li>account mentions ({@code @name}, {@code @name@instance.social}) are blanked out before tokenising, so
 *       no account can be found through the text (narratives, not people);</li>
 *   <li>URLs and e-mail addresses are recognised whole by {@link UAX29URLEmailTokenizer} and dropped: links are
 *       indexed whole in their own keyword field, e-mail addresses are personal data;</li>
 *   <li>hashtags lose their {@code #} and are indexed as words ({@code #StopTheFlood} → {@code stoptheflood}),
 *       so {@code #tag} and {@code tag} find the same posts; emoji are kept as tokens;</li>
 *   <li>then the language's own chain from lucene-analysis-common (elision, stop words, light stemmer,
 *       normalisation), with ASCII folding for Latin-script languages so {@code policia} finds {@code policía}.</li>
 * </ul>
 * Offsets stay true to the original text (the char filter corrects them), so highlights line up. Thread-safe.
 */
public final class SocialTextAnalyzer extends Analyzer {
    /**
     * An account mention: {@code @} not preceded by a word character or another {@code @} (so e-mail addresses
     * are left to the tokenizer), a handle, and optionally {@code @instance.domain}.
     */
    public static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@.])@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])?"
                    + "(?:@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])?)?");

    private static final Set<String> DROPPED_TYPES = Set.of(
            UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.URL],
            UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.EMAIL]);

    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(java.util.List.of(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d"), true);

    private final String key;

    /** @param key an analysis key from {@link Languages#ANALYSIS_KEYS} */
    public SocialTextAnalyzer(String key) {
        if (!Languages.ANALYSIS_KEYS.contains(key)) {
            throw new IllegalArgumentException("no analysis chain for " + key);
        }
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(MENTION, " ", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        UAX29URLEmailTokenizer source = new UAX29URLEmailTokenizer();
        TokenStream stream = new TypeTokenFilter(source, DROPPED_TYPES);
        return new TokenStreamComponents(source, languageChain(stream));
    }

    /** Wildcard, prefix, fuzzy and regex terms are not stemmed, only case-folded and normalised like the index. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return switch (key) {
            case "ar" -> new ArabicNormalizationFilter(new DecimalDigitFilter(stream));
            case "de" -> new ASCIIFoldingFilter(new GermanNormalizationFilter(stream));
            case "generic" -> new ASCIIFoldingFilter(new DecimalDigitFilter(new CJKWidthFilter(stream)));
            default -> new ASCIIFoldingFilter(stream);
        };
    }

    private TokenStream languageChain(TokenStream in) {
        return switch (key) {
            case "en" -> new PorterStemFilter(new ASCIIFoldingFilter(
                    stop(new LowerCaseFilter(new EnglishPossessiveFilter(in)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
            case "es" -> new ASCIIFoldingFilter(new SpanishLightStemFilter(
                    stop(new LowerCaseFilter(in), SpanishAnalyzer.getDefaultStopSet())));
            case "fr" -> new ASCIIFoldingFilter(new FrenchLightStemFilter(
                    stop(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)),
                            FrenchAnalyzer.getDefaultStopSet())));
            case "de" -> new ASCIIFoldingFilter(new GermanLightStemFilter(new GermanNormalizationFilter(
                    stop(new LowerCaseFilter(in), GermanAnalyzer.getDefaultStopSet()))));
            case "ar" -> new ArabicStemFilter(new ArabicNormalizationFilter(
                    stop(new DecimalDigitFilter(new LowerCaseFilter(in)), ArabicAnalyzer.getDefaultStopSet())));
            case "pt" -> new ASCIIFoldingFilter(new PortugueseLightStemFilter(
                    stop(new LowerCaseFilter(in), PortugueseAnalyzer.getDefaultStopSet())));
            case "it" -> new ASCIIFoldingFilter(new ItalianLightStemFilter(
                    stop(new LowerCaseFilter(new ElisionFilter(in, ITALIAN_ARTICLES)), ItalianAnalyzer.getDefaultStopSet())));
            default -> new CJKBigramFilter(new ASCIIFoldingFilter(
                    new DecimalDigitFilter(new LowerCaseFilter(new CJKWidthFilter(in)))));
        };
    }

    private static TokenStream stop(TokenStream in, CharArraySet stopWords) {
        return new StopFilter(in, stopWords);
    }
}
