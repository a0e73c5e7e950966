package org.bellwether.tools.eval;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bellwether.model.Alert;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.NarrativeSignatures;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SignatureMatcher;
import org.bellwether.model.Topics;

/**
 * One city of {@code eval network}: its topology replay, its key and trust list, what it shared and received, and
 * its matches, each judged by the labels the evaluation keeps to itself (they never reach the topology or the
 * signatures). Not thread-safe.
 */
final class NetworkCity implements AutoCloseable {
    /**
     * A signature on the wire, on its city's topic ({@code network.signatures.<city>}), with the event the sharing
     * narrative was about (for scoring only).
     */
    record Shared(String topic, byte[] wire, String key, String event) {
    }

    private record Received(NarrativeSignature signature, String event) {
    }

    private final String name;
    private final KeyPair key;
    private final EvalReplay replay;
    private final int minAuthors;
    private final Map<String, PublicKey> trusted = new HashMap<>();
    private final Map<String, String> labelOfPost = new HashMap<>();
    private final Map<String, String> narrativeOfPost = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, Narrative> live = new LinkedHashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final Set<String> matched = new HashSet<>();
    private final Set<String> sharedNarratives = new HashSet<>();
    private final Set<String> flagged = new HashSet<>();
    private final Map<String, String> eventOfShared = new HashMap<>();
    private final List<String> falseMatchLines = new ArrayList<>();
    private final java.time.Duration lookBack;
    private final SignatureMatcher matcher;
    private final Map<String, Instant> firstTrueMatch = new HashMap<>();
    private final Map<String, Instant> firstFlag = new HashMap<>();
    private int position;
    private int alerts;
    private int shared;
    private int matches;
    private int falseMatches;

    NetworkCity(String name, KeyPair key, EvalReplay replay, int minAuthors, java.time.Duration lookBack,
                SignatureMatcher matcher) {
        this.matcher = matcher;
        this.lookBack = lookBack;
        this.name = name;
        this.key = key;
        this.replay = replay;
        this.minAuthors = minAuthors;
    }

    String name() {
        return name;
    }

    PublicKey publicKey() {
        return key.getPublic();
    }

    void trust(String city, PublicKey publicKey) {
        trusted.put(city, publicKey);
    }

    /** Replays one document at {@code now}; returns the signatures this city shares as a result. */
    List<Shared> take(EvalDocument document, Instant now) {
        String postId = "eval:" + (position + 1);
        labelOfPost.put(postId, document.label());
        EvalReplay.Step step = replay.feed(position++, document, name + "-author-" + position);
        for (ScoredPost post : step.scored()) {
            narrativeOfPost.put(post.postId(), post.narrativeId());
        }
        List<Narrative> changed = new ArrayList<>();
        for (Narrative narrative : step.narratives()) {
            if (narrative.mergedInto() != null) {
                mergedInto.put(narrative.narrativeId(), narrative.mergedInto());
                live.remove(narrative.narrativeId());
            } else {
                live.put(narrative.narrativeId(), narrative);
                changed.add(narrative);
            }
        }
        for (Narrative narrative : changed) {
            for (Received signature : received) {
                match(signature, narrative, now);
            }
        }
        for (Alert alert : step.alerts()) {
            alerts++;
            String narrativeId = follow(alert.narrativeId());
            String event = labelOf(narrativeId);
            if (event != null) {
                firstFlag.putIfAbsent(event, alert.flaggedAt());
            }
            flagged.add(narrativeId);
        }
        // a flagged narrative is shared as soon as it has k distinct authors (the officer's "share" on its page)
        List<Shared> out = new ArrayList<>();
        for (String narrativeId : new java.util.TreeSet<>(flagged)) {
            Narrative narrative = live.get(follow(narrativeId));
            if (narrative == null || sharedNarratives.contains(narrative.narrativeId())
                    || narrative.distinctAuthors() < minAuthors) {
                continue;
            }
            sharedNarratives.add(narrative.narrativeId());
            shared++;
            String event = labelOf(narrative.narrativeId());
            eventOfShared.put(narrative.narrativeId(), event);
            NarrativeSignature signed = NarrativeSignatures.sign(NarrativeSignatures.of(name, narrative,
                    NarrativeSignatures.claimIds(narrative), List.of(), null, now), key.getPrivate());
            String topic = Topics.NETWORK_SIGNATURES.member(name).name();
            out.add(new Shared(topic, Topics.NETWORK_SIGNATURES.valueSerde().serializer().serialize(topic, signed),
                    signed.key(), event));
        }
        return out;
    }

    /**
     * Reads a signature off the wire, checks it names its topic's city and verifies it, and matches it against the
     * live narratives.
     */
    void receive(Shared wire, Instant now) {
        NarrativeSignature signature = Topics.NETWORK_SIGNATURES.valueSerde().deserializer().deserialize(
                wire.topic(), wire.wire());
        if (!Topics.NETWORK_SIGNATURES.memberOf(wire.topic(), "").equals(java.util.Optional.of(signature.city()))) {
            throw new IllegalStateException("a signature of " + signature.city() + " on " + wire.topic());
        }
        PublicKey publicKey = trusted.get(signature.city());
        if (publicKey == null || !NarrativeSignatures.verify(signature, publicKey)) {
            throw new IllegalStateException("a signature from " + signature.city() + " does not verify");
        }
        Received entry = new Received(signature, wire.event());
        received.add(entry);
        for (Narrative narrative : List.copyOf(live.values())) {
            match(entry, narrative, now);
        }
    }

    private void match(Received entry, Narrative narrative, Instant now) {
        String pair = narrative.narrativeId() + "|" + entry.signature().key();
        if (matched.contains(pair) || entry.signature().sharedAt().plus(lookBack).isBefore(now)) {
            return;
        }
        SignatureMatcher.Match match = matcher.match(entry.signature(), narrative, narrative.claims().keySet());
        if (!match.matched()) {
            return;
        }
        matched.add(pair);
        matches++;
        String event = labelOf(narrative.narrativeId());
        if (event != null && event.equals(entry.event())) {
            firstTrueMatch.putIfAbsent(event, now);
        } else {
            falseMatches++;
            falseMatchLines.add(String.format(java.util.Locale.ROOT, "%s false match: %s narrative (%s, %d posts) "
                    + "with %s's signature of %s, terms in common %s, cosine %.2f", name, event,
                    narrative.narrativeId(), narrative.postCount(), entry.signature().city(), entry.event(),
                    match.sharedTerms(), match.termCosine()));
        }
    }

    /** The majority label of the documents in a narrative so far (following merges). */
    private String labelOf(String narrativeId) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, String> post : narrativeOfPost.entrySet()) {
            if (narrativeId.equals(follow(post.getValue()))) {
                counts.merge(labelOfPost.get(post.getKey()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private String follow(String narrativeId) {
        return EmergenceEval.follow(mergedInto, narrativeId);
    }

    Map<String, Instant> firstTrueMatch() {
        return firstTrueMatch;
    }

    Map<String, Instant> firstFlag() {
        return firstFlag;
    }

    int alerts() {
        return alerts;
    }

    int shared() {
        return shared;
    }

    /** Flagged narratives never shared: they stayed below k distinct authors. */
    int withheld() {
        Set<String> unshared = new HashSet<>();
        for (String narrativeId : flagged) {
            if (!sharedNarratives.contains(follow(narrativeId))) {
                unshared.add(follow(narrativeId));
            }
        }
        return unshared.size();
    }

    List<String> falseMatchLines() {
        return falseMatchLines;
    }

    int received() {
        return received.size();
    }

    int matches() {
        return matches;
    }

    int falseMatches() {
        return falseMatches;
    }

    @Override
    public void close() {
        replay.close();
    }
}
