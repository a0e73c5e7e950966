package org.bellwether.api.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.bellwether.model.HarmScore;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.Highlight;
import org.bellwether.search.IndexStats;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.PostHit;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;
import org.bellwether.search.ThreatCount;
import org.bellwether.search.ThreatQuery;

/**
 * An in-memory search: narratives matched by substring of the label, posts by substring of the text. A query
 * with unbalanced quotes or brackets is a syntax error, as in Lucene. Thread-safe.
 */
public final class FakeSearchService implements SearchService {
    private final Map<String, Narrative> narratives = new ConcurrentHashMap<>();
    private final Map<String, String> sealedUrls = new ConcurrentHashMap<>();
    private final List<PostHit> posts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<ScoredPost> scored = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final AtomicReference<PostQuery> lastPostQuery = new AtomicReference<>();

    public FakeSearchService put(Narrative narrative) {
        narratives.put(narrative.narrativeId(), narrative);
        return this;
    }

    public FakeSearchService add(PostHit post) {
        posts.add(post);
        return this;
    }

    /** Indexes a scored post: found by {@link #recentPosts} and, as its hit, by {@link #searchPosts}. */
    public FakeSearchService add(ScoredPost post) {
        scored.add(post);
        return add(new PostHit(post.postId(), post.narrativeId(), post.kind(), post.source(), post.url(),
                post.authorPseudonym(), post.lang(), timeOf(post), post.neighbourhood(), post.harm().overall(),
                post.harm().scores().stream().map(HarmScore::category).distinct().toList(), post.harm().scores(),
                post.text(), List.of(), 1f));
    }

    public void clear() {
        narratives.clear();
        posts.clear();
        scored.clear();
    }

    /** As the index: posts at or after {@code since}, newest first, without their text. */
    @Override
    public List<ScoredPost> recentPosts(Instant since, int limit) {
        if (limit < 1 || limit > MAX_RECENT_POSTS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RECENT_POSTS + ": " + limit);
        }
        return scored.stream().filter(p -> timeOf(p) != null && !timeOf(p).isBefore(since))
                .sorted(Comparator.comparing(FakeSearchService::timeOf).reversed()).limit(limit)
                .map(p -> new ScoredPost(p.schemaVersion(), p.postId(), p.kind(), p.source(), p.url(),
                        p.authorPseudonym(), null, p.lang(), p.createdAt(), p.collectedAt(), p.neighbourhood(),
                        p.entities(), p.urls(), p.hashtags(), p.harm(), p.narrativeId(), p.duplicateOf(),
                        p.engagement(), p.urlSealed()))
                .toList();
    }

    private static Instant timeOf(ScoredPost post) {
        return post.createdAt() != null ? post.createdAt() : post.collectedAt();
    }

    @Override
    public SearchResult<PostHit> searchPosts(PostQuery query) {
        lastPostQuery.set(query);
        check(query.q());
        List<PostHit> matches = posts.stream()
                .filter(p -> query.q() == null || p.text().toLowerCase(Locale.ROOT)
                        .contains(query.q().toLowerCase(Locale.ROOT)))
                .filter(p -> query.lang() == null || query.lang().equals(p.lang()))
                .filter(p -> query.from() == null || !p.createdAt().isBefore(query.from()))
                .filter(p -> query.to() == null || p.createdAt().isBefore(query.to()))
                .map(p -> new PostHit(p.postId(), p.narrativeId(), p.kind(), p.source(), p.url(),
                        p.authorPseudonym(), p.lang(), p.createdAt(), p.neighbourhood(), p.harm(), p.categories(),
                        p.harmScores(), p.text(), List.of(new Highlight(p.text(), query.q() != null)), 1f))
                .toList();
        return new SearchResult<>(matches.size(), page(matches, query.page(), query.pageSize()),
                Map.of("lang", Map.of()), List.of());
    }

    /** Posts of flagged narratives and tips, counted per neighbourhood, category and week as the index does. */
    @Override
    public List<ThreatCount> threats(ThreatQuery query) {
        Map<List<Object>, long[]> cells = new java.util.TreeMap<>(java.util.Comparator
                .comparing((List<Object> key) -> (java.time.Instant) key.get(2))
                .thenComparing(key -> String.valueOf(key.get(0))).thenComparing(key -> (String) key.get(1)));
        for (PostHit post : posts) {
            if (post.createdAt().isBefore(query.from()) || !post.createdAt().isBefore(query.to())) {
                continue;
            }
            Narrative narrative = post.narrativeId() == null ? null : narratives.get(post.narrativeId());
            boolean flagged = narrative != null && narrative.flagged();
            boolean tip = "tip".equals(post.kind());
            List<String> categories = post.categories().isEmpty() ? List.of(ThreatCount.NO_CATEGORY)
                    : post.categories().stream().map(c -> c.wireName()).toList();
            for (String category : categories) {
                if (query.category() != null && !query.category().equals(category)) {
                    continue;
                }
                long[] values = cells.computeIfAbsent(java.util.Arrays.asList(post.neighbourhood(), category,
                        ThreatCount.weekOf(post.createdAt())), key -> new long[2]);
                values[0] += flagged ? 1 : 0;
                values[1] += tip ? 1 : 0;
            }
        }
        List<ThreatCount> counts = new ArrayList<>();
        cells.forEach((key, values) -> {
            if (values[0] + values[1] > 0) {
                counts.add(new ThreatCount((String) key.get(0), (String) key.get(1), (java.time.Instant) key.get(2),
                        values[0], values[1]));
            }
        });
        return counts;
    }

    @Override
    public SearchResult<NarrativeHit> searchNarrativesOfPosts(PostQuery postQuery, NarrativeQuery query) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        searchPosts(new PostQuery(postQuery.q(), postQuery.lang(), postQuery.from(), postQuery.to(),
                postQuery.narrativeId(), postQuery.category(), postQuery.neighbourhood(), postQuery.source(), 0,
                PostQuery.MAX_PAGE_SIZE)).hits().forEach(hit -> ids.add(hit.narrativeId()));
        List<NarrativeHit> matches = new ArrayList<>(searchNarratives(new NarrativeQuery(null, query.status(),
                query.flagged(), query.includeMerged(), 0, PostQuery.MAX_PAGE_SIZE)).hits().stream()
                .filter(hit -> ids.contains(hit.narrative().narrativeId())).toList());
        return new SearchResult<>(matches.size(), page(matches, query.page(), query.pageSize()), null, null);
    }

    @Override
    public SearchResult<NarrativeHit> searchNarratives(NarrativeQuery query) {
        check(query.q());
        List<NarrativeHit> matches = new ArrayList<>(narratives.values().stream()
                .filter(n -> query.q() == null || n.label().toLowerCase(Locale.ROOT)
                        .contains(query.q().toLowerCase(Locale.ROOT)))
                .filter(n -> query.status() == null || n.status() == query.status())
                .filter(n -> query.flagged() == null || n.flagged() == query.flagged())
                .map(n -> new NarrativeHit(n, List.of(new Highlight(n.label(), false)), 1f))
                .toList());
        matches.sort(Comparator.comparingDouble((NarrativeHit h) -> h.narrative().priority()).reversed()
                .thenComparing(h -> h.narrative().narrativeId()));
        return new SearchResult<>(matches.size(), page(matches, query.page(), query.pageSize()), null, null);
    }

    @Override
    public Optional<Narrative> narrative(String narrativeId) {
        return Optional.ofNullable(narratives.get(narrativeId));
    }

    /** Gives a post a sealed original link, as the processor does when the link names its author's account. */
    public void sealUrl(String postId, String sealed) {
        sealedUrls.put(postId, sealed);
    }

    @Override
    public Optional<String> sealedUrl(String postId) {
        return Optional.ofNullable(postId == null ? null : sealedUrls.get(postId));
    }

    @Override
    public IndexStats stats() {
        return new IndexStats(posts.size(), narratives.size(), Map.of());
    }

    private static void check(String q) {
        if (q == null) {
            return;
        }
        long quotes = q.chars().filter(c -> c == '"').count();
        long open = q.chars().filter(c -> c == '(').count();
        long close = q.chars().filter(c -> c == ')').count();
        if (quotes % 2 != 0 || open != close) {
            throw new InvalidQueryException("Cannot parse '" + q + "': unbalanced quotes or brackets");
        }
    }

    private static <T> List<T> page(List<T> all, int page, int size) {
        int from = Math.min(all.size(), page * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }
}
