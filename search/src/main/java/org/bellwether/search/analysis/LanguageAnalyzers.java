package org.bellwether.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** One {@link SocialTextAnalyzer} per analysis key, shared (analyzers reuse their components per thread). */
public final class LanguageAnalyzers {
    private final Map<String, SocialTextAnalyzer> byKey = new LinkedHashMap<>();

    public LanguageAnalyzers() {
        for (String key : Languages.ANALYSIS_KEYS) {
            byKey.put(key, new SocialTextAnalyzer(key));
        }
    }

    /** The analyzer for an analysis key (see {@link Languages#analysisKey(String)}). */
    public SocialTextAnalyzer forKey(String key) {
        SocialTextAnalyzer analyzer = byKey.get(key);
        if (analyzer == null) {
            throw new IllegalArgumentException("no analysis chain for " + key);
        }
        return analyzer;
    }

    /** The analyzer for a language code as posts carry it ({@code en}, {@code es-MX}, {@code und}, …). */
    public SocialTextAnalyzer forLanguage(String lang) {
        return forKey(Languages.analysisKey(lang));
    }

    /**
     * An analyzer for a whole document: each language text field (named by {@code fieldForKey}) gets its
     * language's chain, every other field is one keyword.
     */
    public Analyzer perField(Function<String, String> fieldForKey, Function<String, String> narrativeFieldForKey) {
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        byKey.forEach((key, analyzer) -> {
            fields.put(fieldForKey.apply(key), analyzer);
            fields.put(narrativeFieldForKey.apply(key), analyzer);
        });
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
