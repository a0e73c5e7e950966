package org.bellwether.processor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast, allocation-light tokenizer for social-media posts in any script: links (with or without scheme),
 * {@code @mentions}, {@code #hashtags} (with their camel-case parts), words, numbers and emoji. Zero-width and
 * bidirectional control characters are dropped, so they can neither split nor hide a word. Input past
 * {@link #MAX_CHARS} chars is ignored and at most {@link #MAX_TOKENS} tokens are returned, which bounds the cost
 * per post for hostile input. Stateless and thread-safe.
 */
public final class PostTokenizer {

    /** Only this many leading chars of a post are read. */
    public static final int MAX_CHARS = 5_000;
    /** At most this many tokens are returned. */
    public static final int MAX_TOKENS = 1_000;

    private static final Set<String> ELISIONS =
            Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu");
    private static final Set<String> BARE_TLDS = Set.of("com", "org", "net", "info", "io", "co", "ly", "gl", "gov",
            "edu", "ru", "cn", "de", "fr", "es", "uk", "us", "me", "tv", "news", "xyz", "top", "online", "site",
            "click", "biz", "ws", "be", "to", "am", "is", "it", "nl", "eu", "ch", "at", "mx", "br", "in", "ca", "au",
            "int", "app", "page", "link", "live", "cc", "su", "tk", "ml", "ga", "cf", "gq", "ir", "sa", "ae", "eg");

    private PostTokenizer() {
    }

    /** Tokenizes a post; never throws, returns an empty list for null or blank text. */
    public static List<Token> tokenize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String s = truncate(text);
        List<Token> out = new ArrayList<>(Math.min(64, s.length() / 4 + 4));
        int n = s.length();
        int i = 0;
        int noLinkBefore = 0;
        while (i < n && out.size() < MAX_TOKENS) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            boolean boundary = i == 0 || !isWordChar(s.codePointBefore(i));
            if (boundary && (cp == '#' || cp == '@') && i + 1 < n && isWordChar(s.codePointAt(i + 1))) {
                i = sigilToken(s, i, cp == '#' ? TokenType.HASHTAG : TokenType.MENTION, out);
            } else if (boundary && isWordChar(cp) && i >= noLinkBefore && linkEnd(s, i) > i) {
                int end = linkEnd(s, i);
                String url = s.substring(i, end);
                out.add(new Token(url, url.toLowerCase(Locale.ROOT), TokenType.URL, i, end));
                i = end;
            } else if (isWordChar(cp)) {
                if (i >= noLinkBefore) {
                    noLinkBefore = chunkEnd(s, i);
                }
                i = wordToken(s, i, out);
            } else if (isEmoji(cp)) {
                int end = i + width;
                while (end < n && isEmojiModifier(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
                String emoji = new String(Character.toChars(cp));
                out.add(new Token(s.substring(i, end), emoji, TokenType.EMOJI, i, end));
                i = end;
            } else {
                i += width;
            }
        }
        return out;
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut);
    }

    private static int sigilToken(String s, int start, TokenType type, List<Token> out) {
        StringBuilder body = new StringBuilder();
        int i = start + 1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp) || cp == '_') {
                body.appendCodePoint(cp);
            } else if (!isInvisible(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        String surface = s.substring(start, i);
        String sigil = type == TokenType.HASHTAG ? "#" : "@";
        out.add(new Token(surface, sigil + TermFolding.fold(body), type, start, i));
        if (type == TokenType.HASHTAG) {
            List<String> parts = camelParts(body);
            if (parts.size() > 1) {
                for (String part : parts) {
                    out.add(new Token(part, TermFolding.fold(part), TokenType.WORD, start, i));
                }
            }
        }
        return i;
    }

    private static int wordToken(String s, int start, List<Token> out) {
        StringBuilder body = new StringBuilder();
        boolean letters = false;
        int i = start;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (isWordChar(cp)) {
                letters |= Character.isLetter(cp);
                body.appendCodePoint(cp);
            } else if (isApostrophe(cp) && i + width < n && Character.isLetter(s.codePointAt(i + width))
                    && body.length() > 0) {
                body.append('\'');
            } else if (!isInvisible(cp)) {
                break;
            }
            i += width;
        }
        String surface = s.substring(start, i);
        String folded = TermFolding.fold(body);
        int apostrophe = folded.indexOf('\'');
        if (apostrophe > 0 && ELISIONS.contains(folded.substring(0, apostrophe))) {
            folded = folded.substring(apostrophe + 1);
        }
        if (folded.endsWith("'s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        if (!folded.isEmpty()) {
            out.add(new Token(surface, folded, letters ? TokenType.WORD : TokenType.NUMBER, start, i));
        }
        return i;
    }

    /** End offset of a link starting at {@code start}, or {@code start} when there is none. */
    static int linkEnd(String s, int start) {
        int end = chunkEnd(s, start);
        int dot = start;
        while (dot < end && s.charAt(dot) != '.') {
            dot++;
        }
        if (dot == end) {
            return start;
        }
        while (end > start && ".,:;!?)]}'\u2026".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < 4) {
            return start;
        }
        String chunk = s.substring(start, end).toLowerCase(Locale.ROOT);
        if (chunk.startsWith("http://") || chunk.startsWith("https://") || chunk.startsWith("www.")) {
            return end;
        }
        return looksLikeBareDomain(chunk) ? end : start;
    }

    /** End of the run of chars that could belong to one link. */
    private static int chunkEnd(String s, int start) {
        int end = start;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\u201C' || c == '\u201D'
                    || c == '\u00AB' || c == '\u00BB' || Character.getType(c) == Character.FORMAT) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean looksLikeBareDomain(String chunk) {
        int slash = chunk.indexOf('/');
        String host = slash < 0 ? chunk : chunk.substring(0, slash);
        int lastDot = host.lastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.length() - 1 || host.indexOf('@') >= 0) {
            return false;
        }
        String tld = host.substring(lastDot + 1);
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
                return false;
            }
        }
        if (host.contains("..") || tld.length() < 2 || tld.length() > 24 || !tld.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return BARE_TLDS.contains(tld) || (slash > 0 && slash < chunk.length() - 1);
    }

    /** Splits {@code BuildTheWall} into {@code Build, The, Wall}; lower-case tags stay whole. */
    static List<String> camelParts(CharSequence tag) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < tag.length(); i++) {
            char prev = tag.charAt(i - 1);
            char c = tag.charAt(i);
            boolean split = (Character.isUpperCase(c) && Character.isLowerCase(prev))
                    || c == '_' || (Character.isDigit(c) != Character.isDigit(prev) && Character.isLetter(prev)
                    && Character.isDigit(c));
            if (split) {
                addPart(parts, tag.subSequence(from, i));
                from = c == '_' ? i + 1 : i;
            }
        }
        addPart(parts, tag.subSequence(from, tag.length()));
        return parts;
    }

    private static void addPart(List<String> parts, CharSequence part) {
        String p = part.toString().replace("_", "");
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Zero-width and bidirectional controls: dropped inside a word, never a separator. */
    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u2018';
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    private static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
