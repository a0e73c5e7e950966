package org.bellwether.api.network;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.api.network.db.ReceivedRow;
import org.bellwether.api.triage.AlertIntake;
import org.bellwether.model.Alert;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.NarrativeSignatures;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Severity;
import org.bellwether.model.SignatureMatcher;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches received signatures against this city's live narratives (the first {@link NetworkSettings#liveNarratives()}
 * by priority) and against its new posts, when a signature arrives and every {@link NetworkSettings#matchInterval()}.
 * A narrative is compared by terms, links and debunked claims ({@link SignatureMatcher#match}); a post by its links
 * and claims only ({@link SignatureMatcher#matchPost}), and its match counts for the post's narrative (followed to the
 * narrative it was merged into), so a new narrative too small to rank among the live ones is found by its first
 * posts. New posts are those placed since the previous pass (less {@link #LATE_POSTS} for posts that arrive late), at
 * most {@link #NEW_POSTS} a pass, newest first; the mark is kept in memory, so a restarted node reads the look-back
 * again, which is harmless: a pair is recorded once. A match with a narrative this city has not flagged yet raises
 * an early-warning alert into the triage queue (rule {@value #RULE}, idempotent by the pair). Thread-safe.
 */
public final class NetworkMatching implements Managed {
    public static final String RULE = "network-early-warning";
    /** New posts read per pass at most, newest first. */
    public static final int NEW_POSTS = 2_000;
    /** Posts placed this long before the newest post of the previous pass are read again. */
    public static final Duration LATE_POSTS = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(NetworkMatching.class);

    private final NetworkSettings settings;
    private final SearchService search;
    private final AlertIntake alerts;
    private final Jdbi jdbi;
    private final DatabaseAuditTrail audit;
    private final Clock clock;
    /** The newest post time the last pass read, or null before the first pass. */
    private final AtomicReference<Instant> postsReadUntil = new AtomicReference<>();
    private ScheduledExecutorService scheduler;

    public NetworkMatching(NetworkSettings settings, SearchService search, AlertIntake alerts, Jdbi jdbi,
                           DatabaseAuditTrail audit, Clock clock) {
        this.settings = settings;
        this.search = search;
        this.alerts = alerts;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Matches one signature against the live narratives and the posts of the look-back; returns how many new matches
     * it made.
     */
    public int matchSignature(NarrativeSignature signature) {
        List<NarrativeSignature> one = List.of(signature);
        return matchAll(one, live()) + matchPosts(one, search.recentPosts(lookBackStart(), NEW_POSTS));
    }

    /** Matches every signature received within the look-back against the live narratives and the new posts. */
    public int scan() {
        List<NarrativeSignature> signatures = new ArrayList<>();
        for (ReceivedRow row : jdbi.withExtension(NetworkDao.class, dao -> dao.signaturesSince(lookBackStart()))) {
            signatures.add(Json.read(row.signature().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    NarrativeSignature.class));
        }
        if (signatures.isEmpty()) {
            return 0;
        }
        Instant readUntil = postsReadUntil.get();
        List<ScoredPost> posts = search.recentPosts(readUntil == null ? lookBackStart()
                : readUntil.minus(LATE_POSTS), NEW_POSTS);
        int made = matchAll(signatures, live()) + matchPosts(signatures, posts);
        if (!posts.isEmpty()) {
            Instant newest = timeOf(posts.get(0));
            postsReadUntil.accumulateAndGet(newest, (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
        return made;
    }

    private Instant lookBackStart() {
        return clock.instant().minus(settings.lookBack());
    }

    private int matchAll(List<NarrativeSignature> signatures, List<Narrative> narratives) {
        int made = 0;
        for (NarrativeSignature signature : signatures) {
            for (Narrative narrative : narratives) {
                SignatureMatcher.Match match = settings.matcher().match(signature, narrative,
                        narrative.claims().keySet());
                if (match.matched() && record(signature, narrative, match, null)) {
                    made++;
                }
            }
        }
        return made;
    }

    /** Matches posts by their links and claims; each (narrative, signature) pair is tried once a pass. */
    private int matchPosts(List<NarrativeSignature> signatures, List<ScoredPost> posts) {
        Set<String> wanted = new HashSet<>();
        for (NarrativeSignature signature : signatures) {
            wanted.addAll(signature.urlHashes());
            wanted.addAll(signature.claimIds());
        }
        if (wanted.isEmpty()) {
            return 0;
        }
        Map<String, Optional<Narrative>> narratives = new HashMap<>();
        Set<String> tried = new HashSet<>();
        int made = 0;
        for (ScoredPost post : posts) {
            Set<String> urlHashes = NarrativeSignatures.urlHashes(post.urls());
            List<String> claims = post.harm().debunkedClaims();
            if (urlHashes.stream().noneMatch(wanted::contains) && claims.stream().noneMatch(wanted::contains)) {
                continue;
            }
            for (NarrativeSignature signature : signatures) {
                SignatureMatcher.Match match = settings.matcher().matchPost(signature, urlHashes, claims);
                if (!match.matched()) {
                    continue;
                }
                Optional<Narrative> narrative = narrativeOf(post.narrativeId(), narratives);
                if (narrative.isPresent() && tried.add(narrative.get().narrativeId() + "\n" + signature.key())
                        && record(signature, narrative.get(), match, post.postId())) {
                    made++;
                }
            }
        }
        return made;
    }

    /** The narrative a post belongs to now: its own, or the one it was merged into. */
    private Optional<Narrative> narrativeOf(String narrativeId, Map<String, Optional<Narrative>> cache) {
        String id = narrativeId;
        for (int hop = 0; id != null && hop < 8; hop++) {
            Optional<Narrative> narrative = cache.computeIfAbsent(id, search::narrative);
            if (narrative.isEmpty() || narrative.get().mergedInto() == null) {
                return narrative;
            }
            id = narrative.get().mergedInto();
        }
        return Optional.empty();
    }

    private static Instant timeOf(ScoredPost post) {
        return post.createdAt() != null ? post.createdAt() : post.collectedAt();
    }

    private List<Narrative> live() {
        List<Narrative> narratives = new ArrayList<>();
        int pageSize = 100;
        for (int page = 0; narratives.size() < settings.liveNarratives(); page++) {
            SearchResult<NarrativeHit> result = search.searchNarratives(new NarrativeQuery(null, null, null, false,
                    page, pageSize));
            result.hits().forEach(hit -> narratives.add(hit.narrative()));
            if (result.hits().size() < pageSize) {
                break;
            }
        }
        return narratives.size() > settings.liveNarratives() ? narratives.subList(0, settings.liveNarratives())
                : narratives;
    }

    /** Records a match once per pair; {@code postId} names the new post that made it, or null for the narrative. */
    private boolean record(NarrativeSignature signature, Narrative narrative, SignatureMatcher.Match match,
                           String postId) {
        boolean earlyWarning = !narrative.flagged();
        boolean inserted = jdbi.inTransaction(handle -> {
            if (handle.attach(NetworkDao.class).insertMatch(narrative.narrativeId(), signature.city(),
                    signature.narrativeId(), match.termCosine(), Json.writeString(match.sharedTerms()),
                    match.sharedUrls(), match.sharedClaims(), earlyWarning, clock.instant()) == 0) {
                return false;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("city", signature.city());
            detail.put("remoteNarrativeId", signature.narrativeId());
            detail.put("earlyWarning", earlyWarning);
            if (postId != null) {
                detail.put("postId", postId);
            }
            audit.record(handle, Caller.SYSTEM, "network.match", "narrative", narrative.narrativeId(), detail);
            return true;
        });
        if (inserted && earlyWarning) {
            alerts.ingest(earlyWarning(signature, narrative, match));
        }
        return inserted;
    }

    private Alert earlyWarning(NarrativeSignature signature, Narrative narrative, SignatureMatcher.Match match) {
        double harm = signature.harm().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Severity severity = harm >= 0.5 ? Severity.HIGH : Severity.MEDIUM;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("termCosine", match.termCosine());
        metrics.put("sharedTerms", (double) match.sharedTerms().size());
        metrics.put("sharedUrls", (double) match.sharedUrls());
        metrics.put("sharedClaims", (double) match.sharedClaims());
        metrics.put("remotePeakVelocity", signature.peakVelocity());
        return new Alert(SchemaVersion.CURRENT, "network:" + signature.key() + ":" + narrative.narrativeId(),
                narrative.narrativeId(), "Early warning from " + signature.city() + ": " + narrative.label(), RULE,
                severity, narrative.priority(),
                NetworkSummary.sentence(signature, clock.instant()), metrics, clock.instant());
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "network-matching");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.matchInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::scanQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void scanQuietly() {
        try {
            int made = scan();
            if (made > 0) {
                LOG.info("{} new network matches", made);
            }
        } catch (RuntimeException e) {
            LOG.warn("network matching failed, trying again in {}: {}", settings.matchInterval(), e.toString());
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
