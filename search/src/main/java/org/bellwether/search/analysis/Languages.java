package org.bellwether.search.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Language codes as the index sees them. A post's language picks its analysis chain: one of {@link #ANALYZED},
 * or {@link #GENERIC} for every other language and for {@code und}.
 */
public final class Languages {
    /** ISO 639 "undetermined". */
    public static final String UNDETERMINED = "und";
    /** Languages with their own stop words and stemmer, in the order query branches are built. */
    public static final List<String> ANALYZED = List.of("en", "es", "fr", "de", "ar", "pt", "it");
    /** The analysis key for any other language: folding and CJK bigrams, no stemming, no stop words. */
    public static final String GENERIC = "generic";
    /** Every analysis key: {@link #ANALYZED} then {@link #GENERIC}. */
    public static final List<String> ANALYSIS_KEYS = List.of("en", "es", "fr", "de", "ar", "pt", "it", GENERIC);

    private static final Pattern PRIMARY_SUBTAG = Pattern.compile("[a-z]{2,3}");

    private Languages() {
    }

    /** {@code en}, {@code EN}, {@code en-GB} and {@code en_GB} read as {@code en}; anything unusable reads as {@code und}. */
    public static String normalize(String lang) {
        if (lang == null) {
            return UNDETERMINED;
        }
        String primary = lang.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return PRIMARY_SUBTAG.matcher(primary).matches() ? primary : UNDETERMINED;
    }

    /** The analysis key for a language: itself when analysed, else {@link #GENERIC}. */
    public static String analysisKey(String lang) {
        String normalized = normalize(lang);
        return ANALYZED.contains(normalized) ? normalized : GENERIC;
    }
}
