package org.bellwether.processor.normalise;

import java.util.EnumMap;
import java.util.Map;

/** Writing systems, as far as language identification needs them. */
enum Script {
    NONE, LATIN, CYRILLIC, ARABIC, HEBREW, GREEK, DEVANAGARI, BENGALI, TAMIL, THAI, HANGUL, KANA, HAN, GEORGIAN,
    ARMENIAN, ETHIOPIC, OTHER;

    /** The script most letters of the text are written in. */
    static Script dominant(String text) {
        Map<Script, Integer> counts = new EnumMap<>(Script.class);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts.merge(of(cp), 1, Integer::sum);
            }
        }
        if (counts.containsKey(KANA)) {
            return KANA;
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NONE);
    }

    static Script of(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case GREEK -> GREEK;
            case DEVANAGARI -> DEVANAGARI;
            case BENGALI -> BENGALI;
            case TAMIL -> TAMIL;
            case THAI -> THAI;
            case HANGUL -> HANGUL;
            case HIRAGANA, KATAKANA -> KANA;
            case HAN -> HAN;
            case GEORGIAN -> GEORGIAN;
            case ARMENIAN -> ARMENIAN;
            case ETHIOPIC -> ETHIOPIC;
            default -> OTHER;
        };
    }

    /** The script a language is normally written in (for the plausibility of a hint). */
    static Script of(String language) {
        return switch (language) {
            case "ru", "uk", "bg", "sr", "mk", "be", "kk" -> CYRILLIC;
            case "ar", "fa", "ur", "ps" -> ARABIC;
            case "he", "yi" -> HEBREW;
            case "el" -> GREEK;
            case "hi", "mr", "ne" -> DEVANAGARI;
            case "bn" -> BENGALI;
            case "ta" -> TAMIL;
            case "th" -> THAI;
            case "ko" -> HANGUL;
            case "ja" -> KANA;
            case "zh" -> HAN;
            case "ka" -> GEORGIAN;
            case "hy" -> ARMENIAN;
            case "am", "ti" -> ETHIOPIC;
            default -> LATIN;
        };
    }

    /** The most likely language for text in this script. */
    String language(String text) {
        return switch (this) {
            case CYRILLIC -> containsAny(text, "іїєґ") ? "uk" : "ru";
            case ARABIC -> containsAny(text, "پچژگ") ? "fa" : "ar";
            case HEBREW -> "he";
            case GREEK -> "el";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case THAI -> "th";
            case HANGUL -> "ko";
            case KANA -> "ja";
            case HAN -> "zh";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case ETHIOPIC -> "am";
            default -> LanguageIdentifier.UNDETERMINED;
        };
    }

    private static boolean containsAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
