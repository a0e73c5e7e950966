package org.bellwether.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestDatabase;
import org.bellwether.model.Engagement;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.NarrativeSignatures;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SignatureMatcher;
import org.bellwether.model.Topics;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * City B matching what city A shares, against a real PostgreSQL: by debunked claims that share no term, and by the
 * links and claims of new posts whose narrative is too small to rank among the live ones.
 */
class NetworkMatchingTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final KeyPair CITY_A = NarrativeSignatures.newKeyPair();
    private static final KeyPair CITY_B = NarrativeSignatures.newKeyPair();
    private static final String REPORT = "https://fake.example/2026/dam-report";
    private static final String CITY_A_TOPIC = Topics.NETWORK_SIGNATURES.member("citya").name();

    private static Jdbi jdbi;
    private static Alerts alerts;
    private static DatabaseAuditTrail audit;
    private final FakeSearchService search = new FakeSearchService();

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.fresh("network-matching");
        jdbi = database.jdbi();
        alerts = new Alerts(database.url());
        audit = new DatabaseAuditTrail(jdbi, CLOCK);
        new TrustList(jdbi, audit, CLOCK).trust(Caller.SYSTEM, "citya", new TrustRequest(
                NarrativeSignatures.encodePublic(CITY_A.getPublic()), "network desk of citya"));
    }

    @BeforeEach
    void emptyIndex() {
        search.clear();
    }

    @Test
    void aSignatureNamingAClaimMatchesALocalNarrativeCarryingItWithNoTermInCommon() {
        search.put(narrative("b-masts", List.of("masts", "antenna", "radiation", "switch"), 0.6,
                Map.of("5g-covid", 3L), List.of()));
        search.put(narrative("b-masts-plain", List.of("masts", "antenna", "radiation", "switch"), 0.5, Map.of(),
                List.of()));
        NarrativeSignature signature = shared("a-towers", List.of("towers", "virus", "spread", "coronavirus"),
                Map.of("5g-covid", 12L, "one-post-claim", 1L), List.of());
        assertThat(signature.claimIds()).containsExactly("5g-covid");

        assertThat(intake(matching(10)).take(CITY_A_TOPIC, signature)).isEqualTo(SignatureIntake.Outcome.ACCEPTED);

        assertThat(matches("a-towers")).containsExactly("b-masts termCosine=0 sharedUrls=0 sharedClaims=1");
        assertThat(earlyWarnings()).contains("b-masts").doesNotContain("b-masts-plain");
    }

    @Test
    void aLinkInANewPostWarnsItsNarrativeThatRanksBelowTheLiveOnes() {
        search.put(narrative("b-top", List.of("festival", "tickets", "saturday"), 0.95, Map.of(), List.of()));
        search.put(narrative("b-young", List.of("inspection", "leak"), 0.05, Map.of(), List.of()));
        NetworkMatching matching = matching(1);
        NarrativeSignature signature = shared("a-dam", List.of("dam", "burst", "flood", "rumour"), Map.of(),
                List.of(REPORT));
        assertThat(intake(matching).take(CITY_A_TOPIC, signature)).isEqualTo(SignatureIntake.Outcome.ACCEPTED);
        assertThat(matches("a-dam")).isEmpty();

        // a post of the young narrative, indexed after the signature arrived, links the report city A saw shared
        search.add(post("mastodon:1", "b-young", List.of("https://other.example/page", REPORT), Harm.NONE,
                NOW.minus(Duration.ofMinutes(5))));
        assertThat(matching.scan()).isEqualTo(1);

        assertThat(matches("a-dam")).containsExactly("b-young termCosine=0 sharedUrls=1 sharedClaims=0");
        assertThat(earlyWarnings()).contains("b-young").doesNotContain("b-top");
        // the pair is recorded once
        assertThat(matching.scan()).isZero();
        assertThat(earlyWarnings().stream().filter("b-young"::equals)).hasSize(1);
    }

    @Test
    void aClaimInAPostIndexedBeforeTheSignatureArrivedWarnsTheNarrativeItWasMergedInto() {
        search.put(narrative("b-top2", List.of("festival", "tickets", "saturday"), 0.95, Map.of(), List.of()));
        search.put(merged(narrative("b-absorbed", List.of("chip", "jab"), 0.05, Map.of(), List.of()), "b-host"));
        search.put(narrative("b-host", List.of("chip", "jab", "clinic"), 0.06, Map.of(), List.of()));
        search.add(post("mastodon:2", "b-absorbed", List.of(), Harm.of(List.of(new HarmScore(
                HarmCategory.MISINFORMATION, 0.85, List.of(HarmScore.DEBUNKED + "vaccine-microchip")))),
                NOW.minus(Duration.ofHours(30))));
        search.add(post("mastodon:3", "b-top2", List.of("https://fake.example/2026/other"), Harm.NONE,
                NOW.minus(Duration.ofHours(1))));

        NarrativeSignature signature = shared("a-chips", List.of("microchip", "vaccine", "tracking"),
                Map.of("vaccine-microchip", 40L), List.of("https://fake.example/2026/chips"));
        assertThat(intake(matching(1)).take(CITY_A_TOPIC, signature)).isEqualTo(SignatureIntake.Outcome.ACCEPTED);

        assertThat(matches("a-chips")).containsExactly("b-host termCosine=0 sharedUrls=0 sharedClaims=1");
        assertThat(earlyWarnings()).contains("b-host").doesNotContain("b-absorbed", "b-top2");
    }

    private NetworkMatching matching(int liveNarratives) {
        NetworkSettings settings = new NetworkSettings(true, "cityb", CITY_B.getPrivate(),
                NarrativeSignatures.encodePublic(CITY_B.getPublic()), "", "", "", 20, false, Duration.ofMinutes(1),
                liveNarratives, Duration.ofDays(14), SignatureMatcher.DEFAULT, Duration.ofMinutes(1), Map.of());
        return new NetworkMatching(settings, search, alerts.intake(), jdbi, audit, CLOCK);
    }

    private SignatureIntake intake(NetworkMatching matching) {
        NetworkSettings settings = new NetworkSettings(true, "cityb", CITY_B.getPrivate(),
                NarrativeSignatures.encodePublic(CITY_B.getPublic()), "", "", "", 20, false, Duration.ofMinutes(1),
                1, Duration.ofDays(14), SignatureMatcher.DEFAULT, Duration.ofMinutes(1), Map.of());
        return new SignatureIntake(settings, new TrustList(jdbi, audit, CLOCK), matching, jdbi, audit, CLOCK);
    }

    /** City A's signed signature of one of its narratives. */
    private static NarrativeSignature shared(String id, List<String> terms, Map<String, Long> claims,
                                             List<String> urls) {
        Narrative narrative = narrative(id, terms, 0.8, claims, urls);
        return NarrativeSignatures.sign(NarrativeSignatures.of("citya", narrative,
                NarrativeSignatures.claimIds(narrative), List.of(), null, NOW.minus(Duration.ofHours(2))),
                CITY_A.getPrivate());
    }

    private static Narrative narrative(String id, List<String> terms, double priority, Map<String, Long> claims,
                                       List<String> urls) {
        Instant first = NOW.minus(Duration.ofHours(6));
        return new Narrative(SchemaVersion.CURRENT, id, "label of " + id, terms, List.of(), List.of(), urls,
                List.of(), Map.of("en", 30L), Map.of(), Map.of(HarmCategory.MISINFORMATION, 0.7), claims, 0.7, 0.0,
                30, 2, 25, new NarrativeMetrics(6, 30, 6, 2, 1, 3, 25), List.of(), priority, false, first, NOW,
                NarrativeStatus.ACTIVE, null, NOW);
    }

    private static Narrative merged(Narrative n, String into) {
        return new Narrative(n.schemaVersion(), n.narrativeId(), n.label(), n.topTerms(), n.entities(), n.hashtags(),
                n.urls(), n.representativePosts(), n.languages(), n.neighbourhoods(), n.harmMix(), n.claims(),
                n.harm(), n.counterSpeechShare(), n.postCount(), n.amplificationCount(), n.distinctAuthors(),
                n.metrics(), n.volumeSeries(), n.priority(), n.flagged(), n.firstSeen(), n.lastSeen(),
                NarrativeStatus.MERGED, into, n.updatedAt());
    }

    private static ScoredPost post(String id, String narrativeId, List<String> urls, Harm harm, Instant at) {
        return new ScoredPost(SchemaVersion.CURRENT, id, ScoredPost.KIND_POST, "mastodon:city.social", null,
                "anon-" + id.hashCode(), "text of " + id, "en", at, at.plusSeconds(3), null, List.of(), urls,
                List.of(), harm, narrativeId, null, Engagement.NONE);
    }

    /** City B's recorded matches with a signature of city A, as "narrative termCosine= sharedUrls= sharedClaims=". */
    private static List<String> matches(String remoteNarrativeId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT narrative_id || ' termCosine=' || term_cosine || ' sharedUrls=' || shared_urls
                               || ' sharedClaims=' || shared_claims
                        FROM network_matches WHERE city = 'citya' AND remote_narrative_id = :remote ORDER BY id
                        """).bind("remote", remoteNarrativeId).mapTo(String.class).list());
    }

    private static List<String> earlyWarnings() {
        return jdbi.withHandle(h -> h.createQuery("SELECT narrative_id FROM triage_alerts WHERE rule = :rule")
                .bind("rule", NetworkMatching.RULE).mapTo(String.class).list());
    }
}
