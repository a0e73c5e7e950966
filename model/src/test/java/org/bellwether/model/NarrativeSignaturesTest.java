package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NarrativeSignaturesTest {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final String SECRET_TEXT = "Call Maria on +44 7700 900123, she lives on Harbour Street";

    static Narrative narrative() {
        return new Narrative(SchemaVersion.CURRENT, "n-1", "flood dam rumour",
                List.of("flood", "dam", "@maria_r", "riverside", "https://t.co/x", "07700900123", "rumour",
                        "burst"),
                List.of("Maria Rossi"), List.of("#flood"), List.of("https://news.example/dam-burst"),
                List.of(new RepresentativePost("p-1", SECRET_TEXT + " flood dam burst", "en", "anon-7f3a",
                                "https://social.example/@maria_r/1", T0),
                        new RepresentativePost("p-2", "la presa rumour flood", "es", "anon-9b2c", null, T0)),
                Map.of("en", 30L, "es", 12L), Map.of("Riverside", 25L, "Old Town", 3L),
                Map.of(HarmCategory.MISINFORMATION, 0.61234567), Map.of("dam-burst-2026", 6L, "5g-covid", 1L), 0.7,
                0.0, 42, 5, 25,
                new NarrativeMetrics(10, 40, 12.5, 2, 1, 3, 20),
                List.of(new VolumeBucket(T0, 4), new VolumeBucket(T0.plusSeconds(3600), 18)), 0.8, true, T0,
                T0.plusSeconds(7200), NarrativeStatus.ACTIVE, null, T0.plusSeconds(7200));
    }

    static NarrativeSignature.SharedPlaybook playbook() {
        return new NarrativeSignature.SharedPlaybook("misinformation", "en", 3, "Dam safety facts",
                List.of("The dam was inspected last week"), List.of("Link the inspection report"),
                List.of("Repeat the rumour"), null, 12.0, 7.2);
    }

    @Test
    void carriesAggregatesOnlyFieldByField() {
        NarrativeSignature signature = NarrativeSignatures.of("lyon", narrative(),
                NarrativeSignatures.claimIds(narrative()), List.of("Riverside", "Old Town"), playbook(),
                T0.plusSeconds(9000));

        assertThat(signature.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(signature.city()).isEqualTo("lyon");
        assertThat(signature.narrativeId()).isEqualTo("n-1");
        // terms without handles, links, phone-like numbers or neighbourhood names, per language of the samples
        assertThat(signature.topTerms()).isEqualTo(Map.of("en", List.of("flood", "dam", "burst"),
                "es", List.of("flood", "rumour")));
        assertThat(signature.urlHashes()).containsExactly(NarrativeSignatures.sha256("https://news.example/dam-burst"))
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(signature.claimIds()).containsExactly("dam-burst-2026");
        assertThat(signature.harm()).isEqualTo(Map.of(HarmCategory.MISINFORMATION, 0.6123));
        assertThat(signature.languages()).containsExactly("en", "es");
        assertThat(signature.firstSeen()).isEqualTo(T0);
        assertThat(signature.peakVelocity()).isEqualTo(18.0);
        assertThat(signature.playbook()).isEqualTo(playbook());
        assertThat(signature.playbook().change()).isCloseTo(-0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(signature.sharedAt()).isEqualTo(T0.plusSeconds(9000));
        assertThat(signature.signature()).isNull();

        // and nothing else reaches the wire: every field name, and no personal string anywhere in the JSON
        JsonNode json = Json.read(Json.write(signature), JsonNode.class);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("schemaVersion", "city", "narrativeId", "topTerms", "urlHashes",
                "claimIds", "harm", "languages", "firstSeen", "peakVelocity", "playbook", "sharedAt");
        String wire = new String(Json.write(signature), StandardCharsets.UTF_8);
        for (String personal : List.of("Maria", "maria", "anon-7f3a", "anon-9b2c", "p-1", "Riverside", "riverside",
                "Old Town", "Harbour", "7700", "social.example", "news.example", "presa", "flood dam rumour")) {
            assertThat(wire).doesNotContain(personal);
        }
    }

    @Test
    void signsCanonicalBytesAndRejectsAnyChange() {
        KeyPair lyon = NarrativeSignatures.newKeyPair();
        KeyPair other = NarrativeSignatures.newKeyPair();
        NarrativeSignature signed = NarrativeSignatures.sign(NarrativeSignatures.of("lyon", narrative(), List.of(),
                List.of(), playbook(), T0), lyon.getPrivate());

        assertThat(NarrativeSignatures.verify(signed, lyon.getPublic())).isTrue();
        // the wire round trip keeps the canonical bytes
        NarrativeSignature received = Json.read(Json.write(signed), NarrativeSignature.class);
        assertThat(NarrativeSignatures.verify(received, lyon.getPublic())).isTrue();
        assertThat(NarrativeSignatures.verify(signed, other.getPublic())).isFalse();
        NarrativeSignature tampered = new NarrativeSignature(signed.schemaVersion(), signed.city(),
                signed.narrativeId(), signed.topTerms(), signed.urlHashes(), signed.claimIds(), signed.harm(),
                signed.languages(), signed.firstSeen(), signed.peakVelocity() * 2, signed.playbook(),
                signed.sharedAt(), signed.signature());
        assertThat(NarrativeSignatures.verify(tampered, lyon.getPublic())).isFalse();
        assertThat(NarrativeSignatures.verify(signed.withSignature(null), lyon.getPublic())).isFalse();
        assertThat(NarrativeSignatures.verify(signed.withSignature("bm90IGEgc2lnbmF0dXJl"), lyon.getPublic()))
                .isFalse();
        // keys travel as base64 and come back as the same keys
        assertThat(NarrativeSignatures.verify(signed, NarrativeSignatures.publicKey(
                NarrativeSignatures.encodePublic(lyon.getPublic())))).isTrue();
    }

    @Test
    void canonicalBytesSortKeysAndLeaveTheSignatureOut() {
        NarrativeSignature signed = NarrativeSignatures.sign(NarrativeSignatures.of("lyon", narrative(), List.of(),
                List.of(), null, T0), NarrativeSignatures.newKeyPair().getPrivate());
        String canonical = new String(NarrativeSignatures.canonicalBytes(signed), StandardCharsets.UTF_8);
        assertThat(canonical).startsWith("{\"city\":\"lyon\",\"claimIds\":[],\"firstSeen\":\"2026-03-01T00:00:00Z\","
                + "\"harm\":{\"misinformation\":0.6123},\"languages\":[\"en\",\"es\"],\"narrativeId\":\"n-1\","
                + "\"peakVelocity\":18.0,\"schemaVersion\":1,\"sharedAt\":\"2026-03-01T00:00:00Z\",\"topTerms\":{")
                .doesNotContain("signature\"").doesNotContain(" ");
        JsonNode node = Json.read(canonical.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertThat(keys).isSorted();
    }

    @Test
    void matchesBySharedTermsLinksOrClaims() {
        NarrativeSignature signature = NarrativeSignatures.of("lyon", narrative(), List.of("c-1"), List.of(), null,
                T0);
        Narrative same = withTerms(List.of("dam", "flood", "burst", "rumour", "river"), List.of());
        Narrative unrelated = withTerms(List.of("election", "ballot", "fraud", "rumour"), List.of());
        Narrative sameLink = withTerms(List.of("election"), List.of("https://news.example/dam-burst"));

        assertThat(SignatureMatcher.DEFAULT.match(signature, same, Set.of()).matched()).isTrue();
        assertThat(SignatureMatcher.DEFAULT.match(signature, same, Set.of()).sharedTerms())
                .containsExactly("dam", "flood", "burst", "rumour");
        assertThat(SignatureMatcher.DEFAULT.match(signature, unrelated, Set.of()).matched()).isFalse();
        assertThat(SignatureMatcher.DEFAULT.match(signature, sameLink, Set.of()).matched()).isTrue();
        assertThat(SignatureMatcher.DEFAULT.match(signature, unrelated, Set.of("c-1")).matched()).isTrue();
        // a bare host (a link shortener, a truncated link) is no evidence: it is neither shared nor matched
        Narrative bareHost = withTerms(List.of("election"), List.of("http://t.co/", "https://news.example"));
        NarrativeSignature withBareHosts = NarrativeSignatures.of("lyon", bareHost, List.of(), List.of(), null, T0);
        assertThat(withBareHosts.urlHashes()).isEmpty();
        assertThat(SignatureMatcher.DEFAULT.match(signature.withSignature(null), bareHost, Set.of()).matched())
                .isFalse();
    }

    @Test
    void aSignatureCarriesTheClaimsOfAtLeastTwoPosts() {
        // one post fitting a claim's pattern does not speak for the narrative: 5g-covid (1 post) stays home
        assertThat(NarrativeSignatures.claimIds(narrative())).containsExactly("dam-burst-2026");
        Narrative none = withTerms(List.of("flood"), List.of());
        assertThat(NarrativeSignatures.of("lyon", none, NarrativeSignatures.claimIds(none), List.of(), null, T0)
                .claimIds()).isEmpty();
    }

    @Test
    void aPostMatchesBySharedLinkOrClaim() {
        NarrativeSignature signature = NarrativeSignatures.of("lyon", narrative(), List.of("dam-burst-2026"),
                List.of(), null, T0);

        SignatureMatcher.Match byLink = SignatureMatcher.DEFAULT.matchPost(signature, NarrativeSignatures.urlHashes(
                List.of("https://other.example/page", "https://news.example/dam-burst")), List.of());
        assertThat(byLink.matched()).isTrue();
        assertThat(byLink.sharedUrls()).isEqualTo(1);
        SignatureMatcher.Match byClaim = SignatureMatcher.DEFAULT.matchPost(signature, Set.of(),
                List.of("dam-burst-2026"));
        assertThat(byClaim.matched()).isTrue();
        assertThat(byClaim.sharedClaims()).isEqualTo(1);
        assertThat(SignatureMatcher.DEFAULT.matchPost(signature, NarrativeSignatures.urlHashes(
                List.of("https://news.example/other")), List.of("5g-covid")).matched()).isFalse();
        // a bare host is no evidence for a post either
        assertThat(NarrativeSignatures.urlHashes(List.of("https://news.example", "http://t.co/"))).isEmpty();
    }

    @Test
    void aPostsDebunkedClaimsAreReadFromItsHarmReasons() {
        Harm harm = Harm.of(List.of(new HarmScore(HarmCategory.MISINFORMATION, 0.9,
                        List.of("debunked:5g-covid", "link:known-fabricator")),
                new HarmScore(HarmCategory.OFFENSIVE, 0.2, List.of("words 'idiots'"))));
        assertThat(harm.debunkedClaims()).containsExactly("5g-covid");
        assertThat(Harm.NONE.debunkedClaims()).isEmpty();
    }

    private static Narrative withTerms(List<String> terms, List<String> urls) {
        Narrative n = narrative();
        return new Narrative(n.schemaVersion(), "local", "label", terms, List.of(), List.of(), urls, List.of(),
                n.languages(), Map.of(), n.harmMix(), Map.of(), n.harm(), n.counterSpeechShare(), n.postCount(), 0, n.distinctAuthors(), n.metrics(),
                List.of(), n.priority(), false, n.firstSeen(), n.lastSeen(), n.status(), null, n.updatedAt());
    }
}
