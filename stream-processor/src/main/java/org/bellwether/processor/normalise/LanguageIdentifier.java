package org.bellwether.processor.normalise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Language of a short post, in microseconds: the writing system decides for non-Latin scripts, function words (and
 * a few letters only one language uses) decide among Latin-script languages. The source's hint wins when it is
 * plausible: same script, and not contradicted by clear function-word evidence for another language (two words or
 * more, and three times the hinted language's). Links and handles are no evidence. Returns an ISO 639-1 code or
 * {@code und}. (The optimaize detector is not used: its API needs Guava, which the build bans.)
 * Thread-safe.
 */
public final class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final Map<String, String[]> FUNCTION_WORDS = Map.ofEntries(
            Map.entry("en", words("the and is are was were of to in that this with for you it not be have has on at by from they we what"
                    + " i my your just all if or but he she his him them our their there about who how why when these"
                    + " those been would should could did does than then too only dont its u ur")),
            Map.entry("es", words("el la los las de que y en un una es por con para se del al no lo como más pero su sus está muy")),
            Map.entry("pt", words("o a os as de que e em um uma é não do da dos das no na para com por se mais mas está muito")),
            Map.entry("fr", words("le la les des de et est en un une du que qui pour pas dans sur ce il elle au avec ne sont plus"
                    + " es je tu j qu c vous nous mais ça ca moi toi quand tout sa ses cette ils leur même aussi très là")),
            Map.entry("it", words("il lo la gli le di che e è un una per non del della in con sono si da ma anche più alla nel i")),
            Map.entry("de", words("der die das und ist nicht ein eine zu den mit von im auf für sich auch es dem des wir ich sie"
                    + " was du wie aber oder nur hat sind dass wenn noch schon kann jetzt bin uns euch mir mich dich nach bei")),
            Map.entry("nl", words("de het een en van is dat niet op te in ik je zijn met voor ook maar er wat")),
            Map.entry("tl", words("ang ng sa na mga ay si ni ko mo ka po ba hindi naman lang pa kami sila ito yung")),
            Map.entry("id", words("yang dan di ini itu dengan untuk tidak ada dari ke akan juga saya kami mereka sudah")),
            Map.entry("tr", words("ve bir bu da de için ile çok ne ama gibi daha olan var değil ben sen")),
            Map.entry("pl", words("i w nie na się że z do to jest jak po co tak ale za od")),
            Map.entry("sv", words("och att det som en på är av för med till den har inte om ett jag")));
    private static final Map<String, Map<String, Integer>> INDEX = index();
    /**
     * A source's hint is overruled when another language has at least two words of evidence and three times the
     * hinted language's: platforms default a user's posts to one language, whatever they write in.
     */
    private static final int OVERRULE_RATIO = 3;

    private LanguageIdentifier() {
    }

    /**
     * @param text normalised text
     * @param hint the source's language hint (BCP 47) or null
     */
    public static String identify(String text, String hint) {
        String hinted = primary(hint);
        Script script = Script.dominant(text);
        if (script == Script.NONE) {
            return hinted == null ? UNDETERMINED : hinted;
        }
        if (script != Script.LATIN) {
            String byScript = script.language(text);
            if (hinted != null && Script.of(hinted) == script) {
                return hinted;
            }
            return byScript;
        }
        Map<String, Integer> scores = latinScores(text);
        String best = UNDETERMINED;
        int bestScore = 0;
        for (Map.Entry<String, Integer> entry : scores.entrySet()) {
            int score = entry.getValue();
            if (score > bestScore || (score == bestScore && score > 0 && entry.getKey().compareTo(best) < 0)) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (hinted != null && Script.of(hinted) == Script.LATIN) {
            int hintScore = scores.getOrDefault(hinted, 0);
            boolean contradicted = bestScore >= 2 && bestScore >= OVERRULE_RATIO * hintScore && !best.equals(hinted);
            return contradicted ? best : hinted;
        }
        return best;
    }

    /** {@code en-US} → {@code en}; null or blank → null. */
    static String primary(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String primary = hint.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.length() < 2 || primary.length() > 3 || UNDETERMINED.equals(primary)) {
            return null;
        }
        return primary;
    }

    private static Map<String, Integer> latinScores(String text) {
        Map<String, Integer> scores = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (word.length() == 0 && (c == '@' || i < text.length() && UrlCanonicaliser.startsLink(text, i))) {
                // a handle or a link is no evidence of the post's language ("t.co" is not Polish "co")
                while (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                cue(c, scores);
                continue;
            }
            if (word.length() > 0) {
                Map<String, Integer> languages = INDEX.get(word.toString());
                if (languages != null) {
                    languages.forEach((language, weight) -> scores.merge(language, weight, Integer::sum));
                }
                word.setLength(0);
            }
        }
        return scores;
    }

    /** Letters that point to one language. */
    private static void cue(char c, Map<String, Integer> scores) {
        switch (Character.toLowerCase(c)) {
            case 'ñ', '¿', '¡' -> scores.merge("es", 2, Integer::sum);
            case 'ã', 'õ' -> scores.merge("pt", 2, Integer::sum);
            case 'ß', 'ä' -> scores.merge("de", 2, Integer::sum);
            case 'ğ', 'ş', 'ı' -> scores.merge("tr", 2, Integer::sum);
            case 'ł', 'ś', 'ż', 'ź', 'ą', 'ę' -> scores.merge("pl", 2, Integer::sum);
            case 'œ', 'ê', 'û', 'î' -> scores.merge("fr", 1, Integer::sum);
            case 'ò', 'ì' -> scores.merge("it", 1, Integer::sum);
            case 'å' -> scores.merge("sv", 2, Integer::sum);
            default -> {
            }
        }
    }

    private static String[] words(String list) {
        return list.split(" ");
    }

    private static Map<String, Map<String, Integer>> index() {
        Map<String, Map<String, Integer>> index = new HashMap<>();
        FUNCTION_WORDS.forEach((language, words) -> {
            for (String word : words) {
                index.computeIfAbsent(word, w -> new HashMap<>()).put(language, 1);
            }
        });
        index.replaceAll((word, languages) -> Map.copyOf(languages));
        return Map.copyOf(index);
    }
}
