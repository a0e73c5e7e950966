package org.bellwether.processor.harm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Tsv;
import org.bellwether.processor.harm.judge.JudgementLexicon;
import org.bellwether.processor.nlp.TermFolding;
import org.bellwether.processor.nlp.Token;

/**
 * The cue lexicons, one per language plus a language-independent one ({@code xx}: emoji, hashtags), loaded from
 * {@code lexicon/<lang>.tsv} and the generated {@code lexicon/profanity-<lang>.tsv}. A post is matched against its
 * own language and {@code xx}; a post in an unknown or unsupported language is matched against every core
 * lexicon at a lower weight ({@link #FOREIGN_WEIGHT}), so it degrades instead of going blind. Immutable,
 * thread-safe.
 *
 * <p>File format ({@link Tsv}): one cue per line, {@code kind[:group] TAB weight TAB phrase}; lines starting with
 * {@code #} are comments. See {@link PhraseMatcher} for phrase syntax.
 */
public final class HarmLexicon {

    /** Languages with a hand-written lexicon. */
    public static final List<String> CORE_LANGUAGES = List.of("en", "es", "fr", "de", "ar");
    /** Languages with only a generated profanity list. */
    public static final List<String> PROFANITY_ONLY = List.of("it", "pt", "nl", "ru", "tr", "fa", "hi");
    /**
     * Languages whose group, slur and hostile-act cues are the judgement lexicon's ({@code judge/<lang>.tsv})
     * rather than lines of their own cue file: English, whose earlier cue lines of these kinds were written while
     * reading errors on HatEval (CC BY-NC, which may choose no shipped value); see docs/DATA.md.
     */
    static final java.util.Set<String> FROM_JUDGEMENT = java.util.Set.of("en");
    /** The cue kind each judgement act counts as; acts not listed here ({@code hate-emotion}) are no cue. */
    private static final Map<String, CueKind> ACT_KINDS = Map.of("slur", CueKind.SLUR,
            "dehumanising", CueKind.DEHUMANISING, "threat", CueKind.THREAT, "exclusion", CueKind.EXCLUSION,
            "derogation", CueKind.INSULT, "insult", CueKind.INSULT, "profanity", CueKind.PROFANITY);
    /** Weight factor for cues from a lexicon that is not the post's language. */
    public static final double FOREIGN_WEIGHT = 0.6;
    static final String RESOURCE_DIR = "lexicon/";

    private static final Map<String, HarmCategory> GROUPS = Map.of(
            "origin", HarmCategory.HATE_ORIGIN, "religion", HarmCategory.HATE_RELIGION,
            "migrants", HarmCategory.HATE_MIGRANTS, "gender", HarmCategory.HATE_GENDER,
            "sexuality", HarmCategory.HATE_SEXUALITY, "institution", HarmCategory.ANTI_INSTITUTION);

    private final Map<String, PhraseMatcher> matchers;

    private HarmLexicon(Map<String, PhraseMatcher> matchers) {
        this.matchers = Map.copyOf(matchers);
    }

    /** Opens a lexicon file by its path relative to this package, or returns null when absent. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String relativePath) throws IOException;
    }

    /** Loads the shipped lexicons from the classpath. */
    public static HarmLexicon load() {
        return load(HarmLexicon.class::getResourceAsStream);
    }

    /** Loads the lexicons from {@code source}. */
    public static HarmLexicon load(Source source) {
        Map<String, PhraseMatcher> matchers = new HashMap<>();
        List<String> all = new ArrayList<>(CORE_LANGUAGES);
        all.addAll(PROFANITY_ONLY);
        all.add("xx");
        for (String lang : all) {
            PhraseMatcher matcher = new PhraseMatcher();
            int loaded = read(source, RESOURCE_DIR + lang + ".tsv", lang, matcher)
                    + read(source, RESOURCE_DIR + "profanity-" + lang + ".tsv", lang, matcher);
            if (FROM_JUDGEMENT.contains(lang)) {
                loaded += fromJudgement(JudgementLexicon.load(lang), matcher);
            }
            if (loaded > 0) {
                matchers.put(lang, matcher.freeze());
            }
        }
        return new HarmLexicon(matchers);
    }

    /** Every cue in the post, in token order per lexicon. */
    public List<CueHit> match(List<Token> tokens, String lang, boolean arabicScript) {
        List<CueHit> hits = new ArrayList<>();
        if (tokens.isEmpty()) {
            return hits;
        }
        String own = arabicScript && !"fa".equals(lang) ? "ar" : lang;
        PhraseMatcher common = matchers.get("xx");
        if (common != null) {
            common.match(tokens, 1.0, hits);
        }
        if (CORE_LANGUAGES.contains(own)) {
            matchers.get(own).match(tokens, 1.0, hits);
            return hits;
        }
        PhraseMatcher ownMatcher = matchers.get(own);
        if (ownMatcher != null) {
            ownMatcher.match(tokens, 1.0, hits);
        }
        for (String core : CORE_LANGUAGES) {
            matchers.get(core).match(tokens, FOREIGN_WEIGHT, hits);
        }
        return hits;
    }

    /** True when {@code lang} has a hand-written lexicon. */
    public static boolean isCore(String lang) {
        return CORE_LANGUAGES.contains(lang);
    }

    private static int read(Source source, String resource, String lang, PhraseMatcher matcher) {
        List<Tsv.Row> rows;
        try {
            InputStream in = source.open(resource);
            if (in == null) {
                return 0;
            }
            rows = Tsv.read(in, resource, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        rows.forEach(row -> matcher.add(parse(row, lang)));
        return rows.size();
    }

    /** Adds the judgement lexicon's targets, slurs and acts as cues; returns how many. */
    private static int fromJudgement(JudgementLexicon judgement, PhraseMatcher matcher) {
        int added = 0;
        for (JudgementLexicon.Phrase phrase : judgement.phrases()) {
            CueKind kind = phrase.act() == null ? CueKind.TARGET : ACT_KINDS.get(phrase.act());
            if (kind != null) {
                matcher.add(new Cue(kind, kind == CueKind.TARGET || kind == CueKind.SLUR ? phrase.group() : null,
                        phrase.weight(), foldPhrase(phrase.words()), judgement.language()));
                added++;
            }
        }
        return added;
    }

    static Cue parse(Tsv.Row row, String lang) {
        String where = row.where();
        if (row.size() != 3) {
            throw new IllegalArgumentException(where + ": expected kind TAB weight TAB phrase");
        }
        String[] kindAndGroup = row.get(0).trim().split(":");
        CueKind kind = CueKind.valueOf(kindAndGroup[0].toUpperCase(Locale.ROOT));
        HarmCategory group = null;
        if (kindAndGroup.length > 1) {
            group = GROUPS.get(kindAndGroup[1]);
            if (group == null) {
                throw new IllegalArgumentException(where + ": unknown group " + kindAndGroup[1]);
            }
        }
        double weight = Double.parseDouble(row.get(1).trim());
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException(where + ": weight must be in (0,1]");
        }
        return new Cue(kind, group, weight, foldPhrase(row.get(2).trim()), lang);
    }

    /** Folds each part of a phrase as tokens are folded, keeping the {@code *}, {@code ?} and {@code #} marks. */
    public static String foldPhrase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String part : phrase.split(" +")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean head = part.startsWith("*") && part.length() > 1;
            boolean tail = part.endsWith("*") && part.length() > 1;
            String core = part.substring(head ? 1 : 0, part.length() - (tail ? 1 : 0));
            boolean hash = core.startsWith("#");
            String folded = core.equals("?") ? "?" : TermFolding.fold(hash ? core.substring(1) : core);
            out.append(head ? "*" : "").append(hash ? "#" : "").append(folded).append(tail ? "*" : "");
        }
        return out.toString();
    }

    /** Languages loaded. */
    Set<String> languages() {
        return matchers.keySet();
    }
}
