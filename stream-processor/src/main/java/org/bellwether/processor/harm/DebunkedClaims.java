package org.bellwether.processor.harm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bellwether.model.Tsv;
import org.bellwether.processor.nlp.Token;

/**
 * Patterns of well-known, repeatedly debunked claims (5G spreads COVID, vaccines carry microchips, bleach cures,
 * stolen-election and replacement conspiracies …), in several languages. A pattern is a list of groups; it
 * matches when every group has one alternative anywhere in the post. An alternative is a folded token, a prefix
 * ({@code vaccin*}) or a phrase of tokens. Loaded from {@code debunked.tsv} ({@code id TAB weight TAB group TAB
 * group…}, alternatives separated by {@code |}). Immutable, thread-safe.
 */
public final class DebunkedClaims {

    /** A matched pattern. */
    public record Match(String id, double weight) {
    }

    private record Pattern(String id, double weight, List<String[][]> groups) {
    }

    private final List<Pattern> patterns;

    private DebunkedClaims(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static DebunkedClaims load() {
        List<Tsv.Row> rows = Tsv.resource(DebunkedClaims.class, "debunked.tsv", 3)
                .orElseThrow(() -> new IllegalStateException("debunked.tsv missing from the classpath"));
        List<Pattern> patterns = new ArrayList<>();
        for (Tsv.Row row : rows) {
            List<String[][]> groups = new ArrayList<>();
            for (String column : row.columns().subList(2, row.size())) {
                String[] alternatives = column.split("\\|");
                String[][] group = new String[alternatives.length][];
                for (int a = 0; a < alternatives.length; a++) {
                    group[a] = HarmLexicon.foldPhrase(alternatives[a].trim()).split(" ");
                }
                groups.add(group);
            }
            patterns.add(new Pattern(row.get(0), Double.parseDouble(row.get(1)), groups));
        }
        return new DebunkedClaims(patterns);
    }

    /** The distinct claim ids the patterns match. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>();
        patterns.forEach(pattern -> ids.add(pattern.id()));
        return ids;
    }

    /** The strongest matching pattern, or null. */
    public Match strongest(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        Post post = new Post(tokens);
        Match best = null;
        for (Pattern pattern : patterns) {
            if ((best == null || pattern.weight() > best.weight()) && matches(pattern, post)) {
                best = new Match(pattern.id(), pattern.weight());
            }
        }
        return best;
    }

    private static boolean matches(Pattern pattern, Post post) {
        for (String[][] group : pattern.groups()) {
            boolean any = false;
            for (String[] alternative : group) {
                if (post.has(alternative)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /**
     * One post's tokens, indexed once so that a word is a hash lookup and a prefix a binary search; a phrase is
     * looked for in the token sequence only when each of its parts occurs somewhere.
     */
    private static final class Post {
        private final List<Token> tokens;
        /** Folded words, a hashtag also without its '#'. */
        private final Set<String> words;
        /** Distinct token norms as they are, sorted. */
        private final String[] sorted;
        private final Set<String> norms;

        Post(List<Token> tokens) {
            this.tokens = tokens;
            this.words = new HashSet<>(tokens.size() * 2);
            this.norms = new HashSet<>(tokens.size() * 2);
            for (Token token : tokens) {
                String norm = token.norm();
                norms.add(norm);
                words.add(norm.startsWith("#") ? norm.substring(1) : norm);
            }
            this.sorted = norms.toArray(String[]::new);
            Arrays.sort(sorted);
        }

        boolean has(String[] phrase) {
            if (phrase.length == 1) {
                String part = phrase[0];
                return isPrefix(part) ? hasPrefix(part) : words.contains(part);
            }
            for (String part : phrase) {
                if (isPrefix(part) ? !hasPrefix(part) : !norms.contains(part)) {
                    return false;
                }
            }
            for (int i = 0; i + phrase.length <= tokens.size(); i++) {
                boolean ok = true;
                for (int p = 0; p < phrase.length && ok; p++) {
                    String norm = tokens.get(i + p).norm();
                    String part = phrase[p];
                    ok = isPrefix(part) ? norm.startsWith(part.substring(0, part.length() - 1)) : norm.equals(part);
                }
                if (ok) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasPrefix(String pattern) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            int at = Arrays.binarySearch(sorted, prefix);
            if (at >= 0) {
                return true;
            }
            int next = -at - 1;
            return next < sorted.length && sorted[next].startsWith(prefix);
        }

        private static boolean isPrefix(String part) {
            return part.endsWith("*");
        }
    }
}
