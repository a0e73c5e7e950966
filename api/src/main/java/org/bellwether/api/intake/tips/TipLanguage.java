package org.bellwether.api.intake.tips;

import java.util.Locale;

/** The language of a tip that arrives without one (SMS, e-mail): a light guess that the processor refines. */
public final class TipLanguage {
    private TipLanguage() {
    }

    /** A light guess from the script and a few frequent words; the tip's language is refined downstream. */
    public static String guess(String text) {
        if (text == null) {
            return "en";
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            return "ar";
        }
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        int es = count(lower, " el ", " los ", " que ", " están ", " hay ", " una ", " del ");
        int fr = count(lower, " le ", " les ", " des ", " est ", " une ", " sur ", " du ");
        if (es > fr && es > 0) {
            return "es";
        }
        return fr > 0 && fr >= es ? "fr" : "en";
    }

    private static int count(String text, String... words) {
        int total = 0;
        for (String word : words) {
            if (text.contains(word)) {
                total++;
            }
        }
        return total;
    }
}
