package org.bellwether.processor.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entities every post gets, in microseconds: gazetteer hits (canonical forms), hashtags as topics
 * ({@code #tag}, lower case), runs of capitalised words ({@code New York City}, {@code Bill de Blasio}) and
 * acronyms ({@code NATO}). Single capitalised words count only where capitals mark names: not in German (every
 * noun is capitalised), never at the start of a sentence, never in scripts without case. Thread-safe.
 */
public final class CheapEntityExtractor implements EntityExtractor {

    /** At most this many entities per post. */
    public static final int MAX_ENTITIES = 20;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "del", "la", "le", "du", "des", "von",
            "van", "der", "den", "al", "el", "y", "and", "for");
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i'll", "i've", "i'd", "rt", "ok", "lol", "omg",
            "wtf", "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "we", "they", "you", "my",
            "our", "your", "his", "her", "their", "and", "but", "or", "so", "if", "when", "what", "why", "how",
            "who", "yes", "no", "not", "just", "le", "la", "les", "el", "los", "las", "der", "die", "das", "un",
            "une", "ein", "eine", "je", "yo", "ich", "et", "y", "und", "is", "are", "was", "breaking", "update",
            "please", "thanks", "thank", "happy", "good", "new", "today", "amp");

    private final Gazetteer gazetteer;

    public CheapEntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<String> entities(String text, String lang, boolean candidate) {
        List<Token> tokens = PostTokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        boolean[] covered = new boolean[tokens.size()];
        Set<String> out = new LinkedHashSet<>(gazetteer.find(tokens, covered));
        boolean singleWordNames = !"de".equals(lang);
        int i = 0;
        while (i < tokens.size() && out.size() < MAX_ENTITIES) {
            Token token = tokens.get(i);
            if (token.type() == TokenType.HASHTAG) {
                out.add(token.norm());
                i = skipHashtagParts(tokens, i);
                continue;
            }
            if (covered[i] || !isNameStart(token)) {
                i++;
                continue;
            }
            int end = i + 1;
            int lastName = i;
            while (end < tokens.size() && adjacent(text, tokens.get(end - 1), tokens.get(end)) && !covered[end]) {
                Token next = tokens.get(end);
                if (isNameStart(next)) {
                    lastName = end;
                } else if (!CONNECTORS.contains(next.norm())) {
                    break;
                }
                end++;
            }
            int words = lastName - i + 1;
            boolean sentenceStart = sentenceStart(text, token);
            boolean acronym = isAcronym(token);
            if (words >= 2 && !(sentenceStart && words == 2 && NOT_NAMES.contains(token.norm()))) {
                out.add(text.substring(tokens.get(sentenceStart && NOT_NAMES.contains(token.norm()) ? i + 1 : i)
                        .start(), tokens.get(lastName).end()));
            } else if (words == 1 && (acronym || (singleWordNames && !sentenceStart))
                    && !NOT_NAMES.contains(token.norm()) && token.text().length() >= 2) {
                out.add(token.text());
            }
            i = lastName + 1;
        }
        return List.copyOf(out).subList(0, Math.min(out.size(), MAX_ENTITIES));
    }

    private static int skipHashtagParts(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).start() == tokens.get(i).start()) {
            j++;
        }
        return j;
    }

    private static boolean isNameStart(Token token) {
        return token.type() == TokenType.WORD && token.capitalised() && token.start() != token.end()
                && !(token.text().length() > 1 && isAllCaps(token.text()) && token.text().length() > 6);
    }

    private static boolean isAcronym(Token token) {
        String t = token.text();
        return t.length() >= 2 && t.length() <= 6 && isAllCaps(t);
    }

    private static boolean isAllCaps(String text) {
        return text.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** Only spaces between the two tokens (no punctuation). */
    private static boolean adjacent(String text, Token a, Token b) {
        if (b.start() < a.end() || b.start() - a.end() > 2) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean sentenceStart(String text, Token token) {
        int k = token.start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?:\n\"“«¿¡…".indexOf(text.charAt(k)) >= 0;
    }
}
