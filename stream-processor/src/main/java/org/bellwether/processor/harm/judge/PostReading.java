package org.bellwether.processor.harm.judge;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.processor.nlp.Token;

/**
 * One post read with one lexicon: sentences, quotes, cue hits, target mentions (with "they" resolved to the group
 * named last), and for every act its target and stance. Not shared: one instance per post and lexicon.
 */
final class PostReading {

    private record Hit(Cue cue, int start, int end) {
    }

    /** A group named in the post; {@code from} and {@code to} are the naming words (earlier for "they"). */
    private record Mention(Group group, double weight, int start, int end, int from, int to, boolean pronoun) {
        Mention(Group group, double weight, int start, int end) {
            this(group, weight, start, end, start, end, false);
        }
    }

    private static final String NEGATION = "negation";
    private static final String REPORT = "report";
    private static final String COUNTER = "counter";
    private static final String EVALUATION = "evaluation";
    private static final String ENDORSEMENT = "endorsement";
    private static final String QUESTION = "question";
    private static final String INTERJECTION = "interjection";
    /** A verb of saying or thinking that takes a clause ("say", "think"): alone it changes nothing. */
    private static final String ATTITUDE = "attitude";
    /** A word that introduces a clause ("that", "dass"): a comma just before it does not end the clause. */
    private static final String COMPLEMENTIZER = "complementizer";
    /** A negation right after a verb of saying or thinking denies it ("glaube nicht"). */
    private static final int NEGATION_AFTER_VERB = 1;
    /** A group named through a pronoun counts a little less than one named outright. */
    private static final double PRONOUN_WEIGHT = 0.95;

    private final List<Token> tokens;
    private final int[] sentence;
    private final int[] sentenceStart;
    /** Clause index per token: sentences split further at commas, colons and dashes. */
    private final int[] clause;
    private final boolean[] questionSentence;
    private final boolean[] quoted;
    private final List<Hit> acts = new ArrayList<>();
    private final List<Hit> stances = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Hit> slurs = new ArrayList<>();

    PostReading(String text, List<Token> tokens, JudgementLexicon lexicon) {
        this.tokens = tokens;
        int n = tokens.size();
        this.sentence = new int[n];
        this.clause = new int[n];
        this.quoted = new boolean[n];
        boolean[] clauseBreakBefore = new boolean[n];
        List<Integer> starts = new ArrayList<>();
        List<Boolean> questions = new ArrayList<>();
        starts.add(0);
        boolean inQuote = false;
        for (int i = 0; i < n; i++) {
            String gap = gap(text, i == 0 ? 0 : tokens.get(i - 1).end(), tokens.get(i).start());
            if (i > 0 && endsSentence(gap)) {
                questions.add(isQuestion(gap));
                starts.add(i);
            }
            inQuote ^= countQuotes(gap) % 2 == 1;
            clauseBreakBefore[i] = i > 0 && (endsSentence(gap) || endsClause(gap));
            sentence[i] = starts.size() - 1;
            quoted[i] = inQuote;
        }
        String tail = gap(text, tokens.get(n - 1).end(), text.length());
        questions.add(isQuestion(tail));
        this.sentenceStart = starts.stream().mapToInt(Integer::intValue).toArray();
        this.questionSentence = new boolean[questions.size()];
        for (int s = 0; s < questions.size(); s++) {
            questionSentence[s] = questions.get(s);
        }
        List<Hit> pronouns = new ArrayList<>();
        lexicon.match(tokens, (cue, range) -> {
            Hit hit = new Hit(cue, range[0], range[1]);
            switch (cue.kind()) {
                case TARGET -> mentions.add(new Mention(cue.group(), cue.weight(), range[0], range[1]));
                case SLUR -> {
                    slurs.add(hit);
                    mentions.add(new Mention(cue.group(), cue.weight(), range[0], range[1]));
                }
                case ACT -> acts.add(hit);
                case PRONOUN -> pronouns.add(hit);
                case STANCE -> stances.add(hit);
            }
        });
        resolvePronouns(pronouns);
        mentions.removeIf(this::insideIndividual);
        for (Hit cue : stances) {
            if (COMPLEMENTIZER.equals(cue.cue().act()) && sentence[cue.start()] == sentence[Math.max(0,
                    cue.start() - 1)]) {
                clauseBreakBefore[cue.start()] = false;
            }
        }
        for (int i = 1; i < n; i++) {
            clause[i] = clause[i - 1] + (clauseBreakBefore[i] ? 1 : 0);
        }
    }

    /** "that woman" is one person, not women. */
    private boolean insideIndividual(Mention mention) {
        if (!mention.group().isProtected()) {
            return false;
        }
        for (Mention other : mentions) {
            if (!other.group().isProtected() && other.start() <= mention.start() && mention.end() <= other.end()
                    && other.end() - other.start() > mention.end() - mention.start()) {
                return true;
            }
        }
        return false;
    }

    /** "Migrants? They are vermin.": a back-referring pronoun names the protected group mentioned last before it. */
    private void resolvePronouns(List<Hit> pronouns) {
        List<Mention> named = List.copyOf(mentions);
        for (Hit pronoun : pronouns) {
            if (pronoun.cue().reach() == 1 && pronoun.start() > sentenceStart[sentence[pronoun.start()]] + 1) {
                continue;
            }
            if (pronoun.cue().group() != null) {
                mentions.add(new Mention(pronoun.cue().group(), pronoun.cue().weight(), pronoun.start(),
                        pronoun.end()));
                continue;
            }
            Mention last = null;
            for (Mention mention : named) {
                if (mention.group().isProtected() && mention.end() <= pronoun.start()
                        && (last == null || mention.start() > last.start())) {
                    last = mention;
                }
            }
            if (last != null && !overlapsMention(pronoun, named)) {
                mentions.add(new Mention(last.group(), last.weight() * PRONOUN_WEIGHT, pronoun.start(),
                        pronoun.end(), last.from(), last.to(), true));
            }
        }
    }

    private static boolean overlapsMention(Hit hit, List<Mention> named) {
        for (Mention mention : named) {
            if (mention.start() < hit.end() && hit.start() < mention.end()) {
                return true;
            }
        }
        return false;
    }

    Judgement judgement(double languageWeight) {
        boolean postCounter = has(COUNTER);
        boolean postEvaluates = has(EVALUATION) && (has(REPORT) || anyQuoted());
        boolean endorsed = has(ENDORSEMENT);
        List<Finding> findings = new ArrayList<>();
        for (Hit act : acts) {
            if (insideSlurOrStance(act)) {
                continue;
            }
            Mention target = target(act);
            Group group = target == null ? Group.NONE : target.group();
            double weight = act.cue().weight() * (target == null ? 1.0 : Math.min(1.0, target.weight()));
            Stance stance = stance(act, target, postCounter || postEvaluates, endorsed);
            findings.add(new Finding(group, act.cue().act(), stance, weight * languageWeight, words(act.start(),
                    act.end()), target == null ? "" : words(target.from(), target.to())));
        }
        for (Hit slur : slurs) {
            Stance stance = stance(slur, null, postCounter || postEvaluates, endorsed);
            findings.add(new Finding(slur.cue().group(), "slur", stance, slur.cue().weight() * languageWeight,
                    words(slur.start(), slur.end()), ""));
        }
        double counterWithoutAct = 0;
        if (postCounter && findings.stream().noneMatch(f -> f.target().isProtected())) {
            for (Mention mention : mentions) {
                if (mention.group().isProtected()) {
                    counterWithoutAct = Math.max(counterWithoutAct, mention.weight() * languageWeight);
                }
            }
        }
        return new Judgement(findings, counterWithoutAct);
    }

    /** The nearest mention within the act's reach and sentence; a protected group wins a tie. */
    private Mention target(Hit act) {
        int reach = act.cue().reach();
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention mention : mentions) {
            if (sentence[mention.start()] != sentence[act.start()] && sentence[mention.end() - 1] != sentence[act.start()]) {
                continue;
            }
            if (mention.start() < act.end() && act.start() < mention.end() && !mention.pronoun()) {
                continue;
            }
            boolean after = mention.start() >= act.end() || mention.pronoun() && mention.start() >= act.start();
            int distance = after ? mention.start() - act.end() : act.start() - mention.end();
            if (reach < 0 && (!after || distance > -reach) || reach > 0 && distance > reach) {
                continue;
            }
            if (distance < bestDistance || distance == bestDistance && mention.group().isProtected()) {
                best = mention;
                bestDistance = distance;
            }
        }
        return best;
    }

    private Stance stance(Hit act, Mention target, boolean postCounter, boolean endorsed) {
        int s = sentence[act.start()];
        int windowStart = Math.max(sentenceStart[s], act.start() - Judge.NEGATION_WINDOW);
        if (target != null && target.start() < act.start()) {
            windowStart = Math.min(windowStart, Math.max(sentenceStart[s], target.start() - 2));
        }
        boolean negated = false;
        boolean negativeForm = startsWithNegation(act);
        boolean reported = quoted[act.start()];
        boolean counterBefore = false;
        boolean questioned = false;
        boolean denied = deniedSaying(act);
        for (Hit cue : stances) {
            if (COUNTER.equals(cue.cue().act()) && target != null && between(cue, act, target)) {
                return Stance.COUNTERED;
            }
            if (sentence[cue.start()] != s || cue.start() >= act.start()) {
                continue;
            }
            switch (cue.cue().act()) {
                case NEGATION -> negated |= cue.start() >= windowStart && !negativeForm;
                case REPORT -> reported = true;
                case COUNTER -> counterBefore = true;
                case QUESTION -> questioned = questionSentence[s];
                default -> { }
            }
        }
        if (counterBefore) {
            return Stance.COUNTERED;
        }
        if ((reported || negated || denied) && postCounter) {
            return Stance.COUNTERED;
        }
        if (denied) {
            return Stance.NEGATED;
        }
        if (reported) {
            return endorsed ? Stance.ASSERTED : Stance.QUOTED;
        }
        if (negated) {
            return Stance.NEGATED;
        }
        return questioned ? Stance.QUESTIONED : Stance.ASSERTED;
    }

    /**
     * "No one should ever say that migrants are animals", "I don't think that all of these refugees are criminals",
     * "Ich glaube nicht, dass Flüchtlinge Ratten sind": a negated verb of saying or thinking denies the clause it
     * introduces, however far into it the act lies. The verb must come before the act in the act's clause, and the
     * negation within {@link Judge#NEGATION_WINDOW} tokens before the verb or just after it; a negation that begins
     * an act ("no more", "don't belong") is the act's own.
     */
    private boolean deniedSaying(Hit act) {
        for (Hit verb : stances) {
            String name = verb.cue().act();
            if (!ATTITUDE.equals(name) && !REPORT.equals(name) || verb.end() > act.start()
                    || clause[verb.start()] != clause[act.start()]) {
                continue;
            }
            for (Hit negation : stances) {
                if (!NEGATION.equals(negation.cue().act()) || sentence[negation.start()] != sentence[verb.start()]
                        || startsAnAct(negation)) {
                    continue;
                }
                boolean before = negation.end() <= verb.start()
                        && verb.start() - negation.end() < Judge.NEGATION_WINDOW
                        && clause[negation.start()] == clause[verb.start()];
                boolean after = negation.start() >= verb.end() && negation.end() <= act.start()
                        && negation.start() - verb.end() < NEGATION_AFTER_VERB
                        && clause[negation.start()] == clause[verb.start()];
                if (before || after) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsAnAct(Hit negation) {
        for (Hit act : acts) {
            if (act.start() == negation.start()) {
                return true;
            }
        }
        return false;
    }

    /** "pas des humains", "don't belong": an act phrase that is negative in form is not negated by "ne". */
    private boolean startsWithNegation(Hit act) {
        for (Hit cue : stances) {
            if (NEGATION.equals(cue.cue().act()) && cue.start() == act.start()) {
                return true;
            }
        }
        return false;
    }

    /** "sick of the hatred against Jews": a counter cue between an act and its target makes the act a rejection. */
    private static boolean between(Hit cue, Hit act, Mention target) {
        int from = Math.min(act.end(), target.end());
        int to = Math.max(act.start(), target.start());
        return cue.start() >= from && cue.end() <= to;
    }

    /**
     * An act word inside a slur, inside a counter or evaluation cue ("is disgusting") or inside an interjection
     * ("holy shit", "fuck yeah") is not an act of its own.
     */
    private boolean insideSlurOrStance(Hit act) {
        for (Hit slur : slurs) {
            if (slur.start() <= act.start() && act.end() <= slur.end()) {
                return true;
            }
        }
        for (Hit cue : stances) {
            String name = cue.cue().act();
            if ((COUNTER.equals(name) || EVALUATION.equals(name) || INTERJECTION.equals(name))
                    && cue.start() <= act.start() && act.end() <= cue.end()) {
                return !EVALUATION.equals(name) || has(REPORT) || anyQuoted();
            }
        }
        return false;
    }

    private boolean has(String stanceCue) {
        for (Hit cue : stances) {
            if (stanceCue.equals(cue.cue().act())) {
                return true;
            }
        }
        return false;
    }

    private boolean anyQuoted() {
        for (boolean q : quoted) {
            if (q) {
                return true;
            }
        }
        return false;
    }

    private String words(int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(tokens.get(i).norm());
        }
        return out.toString();
    }

    /** The text between two tokens; empty for the parts of a hashtag, which lie inside it. */
    private static String gap(String text, int from, int to) {
        int start = Math.min(from, text.length());
        int end = Math.min(to, text.length());
        return start < end ? text.substring(start, end) : "";
    }

    private static boolean endsSentence(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '…' || c == '؟' || c == '¿'
                    || c == '¡' || c == '؛') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == ',' || c == ':' || c == '—' || c == '–' || c == '،' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestion(String gap) {
        return gap.indexOf('?') >= 0 || gap.indexOf('؟') >= 0;
    }

    private static int countQuotes(String gap) {
        int count = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
                count++;
            }
        }
        return count;
    }
}
