package org.bellwether.search.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.bellwether.search.Highlight;

/**
 * Formats passages as a list of {@link Highlight} parts: plain text, never HTML, matches flagged. Skipped text is
 * shown as a {@value #ELLIPSIS} part. Stateless.
 */
final class PartsFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";

    @Override
    public List<Highlight> format(Passage[] passages, String content) {
        List<Highlight> parts = new ArrayList<>();
        int previousEnd = 0;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            int end = Math.min(passage.getEndOffset(), content.length());
            if (start > previousEnd || (start > 0 && parts.isEmpty())) {
                add(parts, ELLIPSIS, false);
            }
            int position = start;
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(starts[i], position);
                int matchEnd = Math.min(ends[i], end);
                while (i + 1 < passage.getNumMatches() && starts[i + 1] < end
                        && content.substring(matchEnd, Math.max(matchEnd, starts[i + 1])).isBlank()) {
                    // overlapping matches, or matches only whitespace apart (the words of a phrase): one run
                    matchEnd = Math.max(matchEnd, Math.min(ends[++i], end));
                }
                if (matchEnd <= matchStart) {
                    continue;
                }
                add(parts, content.substring(position, matchStart), false);
                add(parts, content.substring(matchStart, matchEnd), true);
                position = matchEnd;
            }
            add(parts, content.substring(position, end), false);
            previousEnd = end;
        }
        if (!parts.isEmpty() && previousEnd < content.length()) {
            add(parts, ELLIPSIS, false);
        }
        return parts;
    }

    /** Appends a part, joining it to the previous one when both are (non-)matches. */
    private static void add(List<Highlight> parts, String text, boolean match) {
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).match() == match) {
            parts.set(last, new Highlight(parts.get(last).text() + text, match));
        } else {
            parts.add(new Highlight(text, match));
        }
    }
}
