package org.bellwether.processor.normalise;

import java.text.Normalizer;

/**
 * Makes untrusted text safe and comparable: Unicode NFKC (full-width and compatibility forms fold to their plain
 * letters), control characters and bidirectional overrides removed (they hide or reorder text on screen), zero-width
 * spaces and byte-order marks removed, runs of white space collapsed to one space. Thread-safe.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (isInvisible(cp)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Controls, bidi embeddings/overrides/isolates, zero-width space, word joiner, BOM and other format marks. */
    static boolean isInvisible(int cp) {
        if (Character.isISOControl(cp)) {
            return true;
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C) {
            return true;
        }
        return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }
}
