package org.bellwether.processor.harm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bellwether.processor.nlp.Token;
import org.bellwether.processor.nlp.TokenType;

/**
 * Finds lexicon phrases in a token sequence. A phrase is folded tokens separated by spaces; a part may end with
 * {@code *} (prefix), start with {@code *} (suffix, for compounds), or both (infix); {@code ?} matches any one
 * token. Hashtags match both as {@code #tag} and as {@code tag}. Immutable after {@link #freeze()}; then
 * thread-safe.
 */
final class PhraseMatcher {

    private static final byte EXACT = 0;
    private static final byte PREFIX = 1;
    private static final byte SUFFIX = 2;
    private static final byte INFIX = 3;
    private static final byte ANY = 4;

    private record Entry(Cue cue, String[] parts, byte[] modes) {
    }

    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> prefix = new HashMap<>();
    private final List<Entry> scanned = new ArrayList<>();
    private final TreeSet<Integer> prefixLengthSet = new TreeSet<>();
    private int[] prefixLengths = new int[0];

    void add(Cue cue) {
        String[] raw = cue.phrase().trim().split(" +");
        String[] parts = new String[raw.length];
        byte[] modes = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String part = raw[i];
            boolean head = part.length() > 1 && part.startsWith("*");
            boolean tail = part.length() > 1 && part.endsWith("*");
            modes[i] = part.equals("?") ? ANY : head && tail ? INFIX : head ? SUFFIX : tail ? PREFIX : EXACT;
            parts[i] = part.replace("*", "");
        }
        if (modes[0] == ANY) {
            throw new IllegalArgumentException("a phrase cannot start with ?: " + cue.phrase());
        }
        Entry entry = new Entry(cue, parts, modes);
        switch (modes[0]) {
            case EXACT -> exact.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(entry);
            case PREFIX -> {
                prefix.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(entry);
                prefixLengthSet.add(parts[0].length());
            }
            default -> scanned.add(entry);
        }
    }

    PhraseMatcher freeze() {
        prefixLengths = prefixLengthSet.stream().mapToInt(Integer::intValue).toArray();
        return this;
    }

    /** Adds every hit in {@code tokens} to {@code out}, weights multiplied by {@code factor}. */
    void match(List<Token> tokens, double factor, List<CueHit> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!matchable(token)) {
                continue;
            }
            String key = token.norm();
            candidates(key, tokens, i, factor, out);
            if (token.type() == TokenType.HASHTAG && key.length() > 1) {
                candidates(key.substring(1), tokens, i, factor, out);
            }
        }
    }

    private void candidates(String key, List<Token> tokens, int i, double factor, List<CueHit> out) {
        List<Entry> hits = exact.get(key);
        if (hits != null) {
            verify(hits, tokens, i, factor, out);
        }
        for (int length : prefixLengths) {
            if (length > key.length()) {
                break;
            }
            List<Entry> found = prefix.get(key.substring(0, length));
            if (found != null) {
                verify(found, tokens, i, factor, out);
            }
        }
        for (Entry entry : scanned) {
            if (partMatches(entry.modes()[0], entry.parts()[0], key)) {
                verify(List.of(entry), tokens, i, factor, out);
            }
        }
    }

    private static void verify(List<Entry> entries, List<Token> tokens, int start, double factor, List<CueHit> out) {
        for (Entry entry : entries) {
            String[] parts = entry.parts();
            if (start + parts.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int p = 1; p < parts.length && ok; p++) {
                Token token = tokens.get(start + p);
                ok = entry.modes()[p] == ANY
                        || (matchable(token) && (partMatches(entry.modes()[p], parts[p], token.norm())
                        || (token.type() == TokenType.HASHTAG
                        && partMatches(entry.modes()[p], parts[p], token.norm().substring(1)))));
            }
            if (ok) {
                StringBuilder matched = new StringBuilder(tokens.get(start).norm());
                for (int p = 1; p < parts.length; p++) {
                    matched.append(' ').append(tokens.get(start + p).norm());
                }
                out.add(new CueHit(entry.cue(), start, parts.length, matched.toString(), entry.cue().weight() * factor));
            }
        }
    }

    private static boolean partMatches(byte mode, String part, String key) {
        return switch (mode) {
            case EXACT -> key.equals(part);
            case PREFIX -> key.startsWith(part);
            case SUFFIX -> key.endsWith(part) && key.length() > part.length() + 1;
            case INFIX -> key.contains(part);
            default -> true;
        };
    }

    private static boolean matchable(Token token) {
        return token.type() == TokenType.WORD || token.type() == TokenType.HASHTAG
                || token.type() == TokenType.EMOJI;
    }
}
