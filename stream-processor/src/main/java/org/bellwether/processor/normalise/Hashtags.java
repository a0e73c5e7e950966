package org.bellwether.processor.normalise;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Hashtags of a text: lower-cased, without {@code #}, in order, without repeats. Thread-safe. */
public final class Hashtags {
    private static final int MAX_HASHTAGS = 30;
    private static final int MAX_LENGTH = 100;

    private Hashtags() {
    }

    public static List<String> of(String text) {
        if (text == null || text.indexOf('#') < 0) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length() && tags.size() < MAX_HASHTAGS) {
            int hash = text.indexOf('#', i);
            if (hash < 0) {
                break;
            }
            boolean wordBefore = hash > 0 && Character.isLetterOrDigit(text.charAt(hash - 1));
            int end = hash + 1;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                if (!Character.isLetterOrDigit(cp) && cp != '_' && Character.getType(cp) != Character.NON_SPACING_MARK) {
                    break;
                }
                end += Character.charCount(cp);
            }
            if (!wordBefore && end > hash + 1 && end - hash - 1 <= MAX_LENGTH) {
                String tag = text.substring(hash + 1, end).toLowerCase(Locale.ROOT);
                if (!tag.chars().allMatch(Character::isDigit)) {
                    tags.add(tag);
                }
            }
            i = end;
        }
        return List.copyOf(tags);
    }
}
