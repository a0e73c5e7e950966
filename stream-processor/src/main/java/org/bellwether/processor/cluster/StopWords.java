package org.bellwether.processor.cluster;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * One stop-word set for clustering, the union of Lucene's lists for the city's languages plus a fuller English
 * list, a short Tagalog list and social-media filler ({@code rt}, {@code amp}, {@code via}). A word that is a stop
 * word in one language and content in another is rare among these languages and costs little: the other words of
 * the post still carry it.
 */
public final class StopWords {
    private static final List<String> ENGLISH = Arrays.asList((
            "a about above after again against all am an and any are as at be because been before being below "
            + "between both but by can could did do does doing down during each few for from further had has have "
            + "having he her here hers herself him himself his how i if in into is it its itself just me more most my "
            + "myself no nor not now of off on once only or other our ours ourselves out over own same she should so "
            + "some such than that the their theirs them themselves then there these they this those through to too "
            + "under until up very was we were what when where which while who whom why will with would you your "
            + "yours yourself yourselves im ive dont cant wont didnt doesnt isnt arent thats theres youre ll re ve "
            + "get got go going gonna also like one us u ur").split(" "));
    private static final List<String> TAGALOG = Arrays.asList((
            "ang ng sa na si ni ay at mga ko mo ka ako ikaw siya kami kayo sila ito iyan iyon dito diyan doon "
            + "po ba pa lang naman din rin kung pero kasi para may wala hindi oo").split(" "));
    private static final List<String> SOCIAL = Arrays.asList(
            "rt", "amp", "via", "http", "https", "www", "com", "lt", "gt", "quot");

    private static final CharArraySet MULTILINGUAL = build();

    private StopWords() {
    }

    /** The shared, read-only set. */
    public static CharArraySet multilingual() {
        return MULTILINGUAL;
    }

    private static CharArraySet build() {
        CharArraySet set = new CharArraySet(2048, true);
        set.addAll(ENGLISH);
        set.addAll(TAGALOG);
        set.addAll(SOCIAL);
        set.addAll(SpanishAnalyzer.getDefaultStopSet());
        set.addAll(PortugueseAnalyzer.getDefaultStopSet());
        set.addAll(ItalianAnalyzer.getDefaultStopSet());
        set.addAll(FrenchAnalyzer.getDefaultStopSet());
        set.addAll(GermanAnalyzer.getDefaultStopSet());
        set.addAll(RussianAnalyzer.getDefaultStopSet());
        set.addAll(ArabicAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(set);
    }
}
