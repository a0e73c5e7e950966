package org.bellwether.processor.harm.judge;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Tsv;
import org.bellwether.processor.harm.fold.FoldingVocabulary;
import org.bellwether.processor.nlp.PostTokenizer;
import org.bellwether.processor.nlp.TermFolding;
import org.bellwether.processor.nlp.Token;
import org.bellwether.processor.nlp.TokenType;

/**
 * The target, act and stance lexicon of one language, read from {@code <lang>.tsv} next to this class. Line
 * format: {@code kind TAB name TAB weight TAB phrases [TAB reach]}, where kind is {@code target}, {@code slur},
 * {@code act}, {@code pronoun} or {@code stance} and phrases are alternatives separated by {@code |}. A phrase is
 * words separated by spaces; a word may end in {@code +} (the word and its plural and inflected endings in this
 * language), end in {@code *} (any word starting so), start with {@code *} (any word ending so: compounds), or be
 * {@code ?} (any one word). Words are tokenized and folded as posts are ({@code n'ont} is {@code ont},
 * {@code sub-human} is two words). A phrase of one word starting with {@code =} matches that word with its endings
 * kept ({@link TermFolding#foldKeepingEndings}): for an Arabic word that light stemming would fold into another word.
 * Immutable, thread-safe.
 */
public final class JudgementLexicon {

    /** Languages with a judgement lexicon. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "ar");
    private static final Map<String, List<String>> ENDINGS = Map.of(
            "en", List.of("s"),
            "es", List.of("s", "es"),
            "fr", List.of("s", "e", "es"),
            "de", List.of("e", "en", "n", "er", "in", "innen", "s"),
            "ar", List.of());

    private record Entry(Cue cue, String[][] alternatives, byte[] modes) {
    }

    private static final byte EXACT = 0;
    private static final byte PREFIX = 1;
    private static final byte SUFFIX = 2;
    private static final byte INFIX = 3;
    private static final byte ANY = 4;
    private static final byte KEEPING_ENDINGS = 5;

    private final String language;
    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> prefix = new HashMap<>();
    /** One-word entries matched on the word with its endings kept ({@code =word}). */
    private final Map<String, List<Entry>> keepingEndings = new HashMap<>();
    private final List<Entry> scanned = new ArrayList<>();
    private final int[] prefixLengths;
    private final Set<String> vocabulary = new LinkedHashSet<>();
    private final List<Line> lines = new ArrayList<>();

    private JudgementLexicon(String language, List<Tsv.Row> rows) {
        this.language = language;
        Set<Integer> lengths = new java.util.TreeSet<>();
        for (Tsv.Row row : rows) {
            Line line = parse(row);
            lines.add(line);
            add(line, lengths);
        }
        this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Loads the shipped lexicon of {@code language} (one of {@link #LANGUAGES}). */
    public static JudgementLexicon load(String language) {
        String resource = language + ".tsv";
        InputStream in = JudgementLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("judgement lexicon " + resource + " is missing");
        }
        return new JudgementLexicon(language, Tsv.read(in, resource, 4));
    }

    /** A lexicon from lines in the file format (for tests). */
    static JudgementLexicon of(String language, List<String> lines) {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return new JudgementLexicon(language, Tsv.read(new ByteArrayInputStream(bytes), language + "-lines", 4));
    }

    public String language() {
        return language;
    }

    /**
     * Adds the words that obfuscation folding may repair towards: one-word names of protected groups and slurs
     * (fuzzily: dropped, repeated, swapped or split letters too), one-word acts (strictly: symbols, digits, mixed
     * scripts and spaced letters only), and {@code =word} names of groups and slurs strictly, with their endings kept.
     * Words of longer phrases are ordinary words ("to", "see") and never added.
     */
    public void addVocabulary(FoldingVocabulary.Builder builder) {
        for (String word : vocabulary) {
            builder.add(word.substring(1), word.charAt(0) == 'f');
        }
    }

    /** One lexicon line, with the matcher entries its phrases became (filled by {@link #add}). */
    private record Line(Cue cue, String phrase, List<Entry> entries) {
    }

    /**
     * One phrase of a target, slur or act line, written out for a plain phrase matcher: alternatives are separate
     * phrases, a word ending in {@code +} is one phrase per form, and words are tokenized and folded as posts are;
     * {@code *} and {@code ?} keep their meaning. Stance and pronoun lines are not phrases of this kind.
     *
     * @param group the protected group's harm category for targets and slurs, null otherwise (and for targets that
     *              are not a protected group)
     * @param act   for acts, the act's name ({@code threat}, {@code insult} …); {@code slur} for slurs; null for
     *              targets
     */
    public record Phrase(HarmCategory group, String act, double weight, String words) {
    }

    /** The target, slur and act phrases of this lexicon, in file order (targets of unprotected groups left out). */
    public List<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>();
        for (Line line : lines) {
            Cue cue = line.cue();
            boolean target = cue.kind() == Cue.Kind.TARGET;
            boolean hostile = cue.kind() == Cue.Kind.SLUR || cue.kind() == Cue.Kind.ACT;
            if (!(target && cue.group().isProtected() || hostile)) {
                continue;
            }
            HarmCategory group = cue.group() == null ? null : cue.group().category();
            for (Entry entry : line.entries()) {
                if (entry.modes()[0] == KEEPING_ENDINGS) {
                    continue; // a plain phrase matcher folds every word with its endings: it cannot tell these apart
                }
                for (String words : writtenOut(entry)) {
                    out.add(new Phrase(group, cue.act(), cue.weight(), words));
                }
            }
        }
        return out;
    }

    /** Every plain form of one parsed phrase: the cartesian product of its words' forms, with their marks. */
    private static List<String> writtenOut(Entry entry) {
        List<String> forms = List.of("");
        for (int p = 0; p < entry.modes().length; p++) {
            byte mode = entry.modes()[p];
            List<String> next = new ArrayList<>();
            for (String prefix : forms) {
                for (String form : mode == ANY ? new String[] {"?"} : entry.alternatives()[p]) {
                    String marked = switch (mode) {
                        case PREFIX -> form + "*";
                        case SUFFIX -> "*" + form;
                        case INFIX -> "*" + form + "*";
                        default -> form;
                    };
                    next.add(prefix.isEmpty() ? marked : prefix + " " + marked);
                }
            }
            forms = next;
        }
        return forms;
    }

    private Line parse(Tsv.Row row) {
        String where = row.where();
        if (row.size() > 5) {
            throw new IllegalArgumentException(where + ": expected kind TAB name TAB weight TAB phrase [TAB reach]");
        }
        Cue.Kind kind = Cue.Kind.valueOf(row.get(0).trim().toUpperCase(Locale.ROOT));
        String name = row.get(1).trim();
        double weight = Double.parseDouble(row.get(2).trim());
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException(where + ": weight must be in (0,1]");
        }
        int reach = row.size() == 5 ? Integer.parseInt(row.get(4).trim()) : 0;
        Group group = kind == Cue.Kind.TARGET || kind == Cue.Kind.SLUR
                || (kind == Cue.Kind.PRONOUN && !name.equals(Cue.BACK_REFERENCE)) ? Group.parse(name) : null;
        String act = kind == Cue.Kind.SLUR ? "slur" : kind == Cue.Kind.ACT || kind == Cue.Kind.STANCE ? name : null;
        return new Line(new Cue(kind, group, act, weight, reach), row.get(3).trim(), new ArrayList<>());
    }

    private void add(Line line, Set<Integer> lengths) {
        for (String phrase : line.phrase().split("\\|")) {
            if (!phrase.isBlank()) {
                line.entries().add(addPhrase(line.cue(), phrase.trim(), lengths));
            }
        }
    }

    /** One phrase: each space-separated word is tokenized as posts are (elisions dropped, hyphens split). */
    private Entry addPhrase(Cue cue, String phrase, Set<Integer> lengths) {
        if (phrase.startsWith("=")) {
            String word = phrase.substring(1);
            if (word.isEmpty() || word.contains(" ") || PostTokenizer.tokenize(word).size() != 1) {
                throw new IllegalArgumentException("=word is one word: " + phrase);
            }
            Entry entry = new Entry(cue, new String[][] {{TermFolding.foldKeepingEndings(word)}},
                    new byte[] {KEEPING_ENDINGS});
            keepingEndings.computeIfAbsent(entry.alternatives()[0][0], k -> new ArrayList<>()).add(entry);
            if (cue.kind() == Cue.Kind.SLUR || cue.kind() == Cue.Kind.TARGET && cue.group().isProtected()) {
                vocabulary.add("s" + entry.alternatives()[0][0]); // spaced letters only: no fuzzy repair towards it
            }
            return entry;
        }
        List<String[]> alternatives = new ArrayList<>();
        List<Byte> modes = new ArrayList<>();
        boolean fuzzy = cue.kind() == Cue.Kind.SLUR
                || cue.kind() == Cue.Kind.TARGET && cue.group() != null && cue.group().isProtected();
        boolean oneWord = phrase.split(" +").length == 1 && cue.kind() != Cue.Kind.STANCE
                && cue.kind() != Cue.Kind.PRONOUN && !(cue.kind() == Cue.Kind.TARGET && !fuzzy);
        for (String part : phrase.split(" +")) {
            if (part.equals("?")) {
                alternatives.add(new String[0]);
                modes.add(ANY);
                continue;
            }
            boolean head = part.length() > 1 && part.startsWith("*");
            boolean tail = part.length() > 1 && part.endsWith("*");
            boolean inflect = part.length() > 1 && part.endsWith("+");
            List<Token> words = PostTokenizer.tokenize(part.replace("*", "").replace("+", ""));
            for (int w = 0; w < words.size(); w++) {
                boolean first = w == 0;
                boolean last = w == words.size() - 1;
                byte mode = first && head && last && tail ? INFIX : first && head ? SUFFIX : last && tail ? PREFIX
                        : EXACT;
                String folded = words.get(w).norm();
                List<String> forms = new ArrayList<>();
                forms.add(folded);
                if (inflect && last) {
                    for (String ending : ENDINGS.getOrDefault(language, List.of())) {
                        forms.add(folded + ending);
                    }
                }
                alternatives.add(forms.toArray(String[]::new));
                modes.add(mode);
                if (oneWord && words.size() == 1) {
                    for (String form : forms) {
                        vocabulary.add((fuzzy ? "f" : "s") + form + (mode == PREFIX ? "*" : ""));
                    }
                }
            }
        }
        if (alternatives.isEmpty() || modes.get(0) == ANY) {
            throw new IllegalArgumentException("a phrase needs a word first: " + phrase);
        }
        byte[] modeArray = new byte[modes.size()];
        for (int i = 0; i < modeArray.length; i++) {
            modeArray[i] = modes.get(i);
        }
        Entry entry = new Entry(cue, alternatives.toArray(String[][]::new), modeArray);
        for (String first : entry.alternatives()[0]) {
            switch (modeArray[0]) {
                case EXACT -> exact.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
                case PREFIX -> {
                    prefix.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
                    lengths.add(first.length());
                }
                default -> {
                    if (!scanned.contains(entry)) {
                        scanned.add(entry);
                    }
                }
            }
        }
        return entry;
    }

    /** Calls {@code found} with every cue and the token range [start, end) it covers, in token order. */
    void match(List<Token> tokens, BiConsumer<Cue, int[]> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!matchable(token)) {
                continue;
            }
            String key = key(token);
            List<Entry> candidates = exact.get(key);
            if (candidates != null) {
                verify(candidates, tokens, i, found);
            }
            for (int length : prefixLengths) {
                if (length > key.length()) {
                    break;
                }
                List<Entry> byPrefix = prefix.get(key.substring(0, length));
                if (byPrefix != null) {
                    verify(byPrefix, tokens, i, found);
                }
            }
            for (Entry entry : scanned) {
                if (partMatches(entry.modes()[0], entry.alternatives()[0], key)) {
                    verify(List.of(entry), tokens, i, found);
                }
            }
            if (!keepingEndings.isEmpty() && token.type() == TokenType.WORD) {
                List<Entry> written = keepingEndings.get(TermFolding.foldKeepingEndings(token.text()));
                if (written != null) {
                    verify(written, tokens, i, found);
                }
            }
        }
    }

    private static void verify(List<Entry> entries, List<Token> tokens, int start, BiConsumer<Cue, int[]> found) {
        for (Entry entry : entries) {
            int length = entry.alternatives().length;
            if (start + length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int p = 1; p < length && ok; p++) {
                Token token = tokens.get(start + p);
                ok = entry.modes()[p] == ANY
                        || (matchable(token) && partMatches(entry.modes()[p], entry.alternatives()[p], key(token)));
            }
            if (ok) {
                found.accept(entry.cue(), new int[] {start, start + length});
            }
        }
    }

    private static boolean partMatches(byte mode, String[] forms, String key) {
        for (String form : forms) {
            boolean hit = switch (mode) {
                case EXACT -> key.equals(form);
                case PREFIX -> key.startsWith(form);
                case SUFFIX -> key.endsWith(form) && key.length() > form.length() + 1;
                case INFIX -> key.contains(form);
                default -> true;
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private static String key(Token token) {
        return token.type() == TokenType.HASHTAG ? token.norm().substring(1) : token.norm();
    }

    private static boolean matchable(Token token) {
        return (token.type() == TokenType.WORD || token.type() == TokenType.HASHTAG
                || token.type() == TokenType.EMOJI) && !token.norm().isEmpty()
                && !(token.type() == TokenType.HASHTAG && token.norm().length() < 2);
    }
}
