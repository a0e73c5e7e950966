package org.bellwether.processor.nlp;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one folding every matcher and model agrees on: lower case (root locale), Latin diacritics folded to ASCII
 * with Lucene's {@link ASCIIFoldingFilter} ({@code ß → ss}, {@code é → e}), Arabic letter variants, tatweel and
 * harakat normalised with Lucene's {@link ArabicNormalizer} and one Arabic word light-stemmed with Lucene's
 * {@link ArabicStemmer} (article, conjunction and common plural endings), and runs of three or more equal letters squashed to
 * one ({@code fuuuck → fuck}). Stateless and thread-safe.
 */
public final class TermFolding {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
    private static final ArabicStemmer ARABIC_STEMMER = new ArabicStemmer();

    private TermFolding() {
    }

    /** Folds one term or phrase. */
    public static String fold(CharSequence raw) {
        return fold(raw, true);
    }

    /**
     * Folds one term as {@link #fold} does, except that an Arabic word loses only its prefixes (article, conjunction,
     * prepositions), not its endings: the stemmer's endings can take a word down to another word (المثليين, "gay
     * people", to مثل, "like"), and a lexicon that must tell them apart matches this form.
     */
    public static String foldKeepingEndings(CharSequence raw) {
        return fold(raw, false);
    }

    private static String fold(CharSequence raw, boolean stemEndings) {
        String lower = raw.toString().toLowerCase(Locale.ROOT);
        char[] chars = lower.toCharArray();
        int length = chars.length;
        boolean ascii = true;
        boolean arabic = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                ascii = false;
                if (c >= 0x0600 && c <= 0x06FF) {
                    arabic = true;
                }
            }
        }
        if (arabic) {
            length = ARABIC.normalize(chars, length);
            if (raw.length() > 0 && isArabicScript(raw) && !containsSpace(chars, length)) {
                length = stemEndings ? ARABIC_STEMMER.stem(chars, length) : ARABIC_STEMMER.stemPrefix(chars, length);
            }
        }
        if (!ascii) {
            char[] folded = new char[length * 4];
            length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, length);
            chars = folded;
        }
        return squashRuns(chars, length);
    }

    /** Squashes every run of three or more equal letters to one letter. */
    static String squashRuns(char[] chars, int length) {
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            char c = chars[i];
            int run = 1;
            while (i + run < length && chars[i + run] == c) {
                run++;
            }
            if (run >= 3 && Character.isLetter(c)) {
                out.append(c);
            } else {
                out.append(chars, i, run);
            }
            i += run;
        }
        return out.toString();
    }

    private static boolean containsSpace(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[i] == ' ') {
                return true;
            }
        }
        return false;
    }

    /** True for Arabic-script text (any char in the Arabic blocks). */
    public static boolean isArabicScript(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF)
                    || (c >= 0xFE70 && c <= 0xFEFC)) {
                return true;
            }
        }
        return false;
    }
}
