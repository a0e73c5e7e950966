package org.bellwether.ingest.watchlist;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matches a watchlist's hashtags, keywords and neighbourhood names in text: case- and accent-insensitive, on word
 * boundaries (so "mayor" does not match "mayoral"). An empty watchlist matches everything. Immutable, thread-safe.
 */
public final class TermMatcher implements WatchlistFilter {
    private final Pattern pattern;

    public TermMatcher(Watchlist watchlist) {
        List<String> alternatives = new ArrayList<>();
        watchlist.hashtags().forEach(tag -> alternatives.add("#" + Pattern.quote(fold(tag))));
        watchlist.keywords().forEach(word -> alternatives.add(Pattern.quote(fold(word))));
        watchlist.neighbourhoods().forEach(name -> alternatives.add(Pattern.quote(fold(name))));
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}_])");
    }

    @Override
    public boolean accepts(String text) {
        return pattern == null || text != null && pattern.matcher(fold(text)).find();
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
