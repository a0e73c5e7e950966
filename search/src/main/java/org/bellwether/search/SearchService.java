package org.bellwether.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;

/**
 * Read access to the Lucene replica of posts and narratives, for the api. Implementations are thread-safe.
 * Query syntax errors throw {@link InvalidQueryException}, which the api turns into a 400.
 */
public interface SearchService {

    /** Full-text search over posts, with filters, facets and a histogram over time. */
    SearchResult<PostHit> searchPosts(PostQuery query);

    /** Full-text search and listing of narratives (an empty query lists them, ranked by priority). */
    SearchResult<NarrativeHit> searchNarratives(NarrativeQuery query);

    /**
     * The narratives whose posts match a post search (its query and filters), ranked by priority and narrowed by
     * the narrative query's status and flag (its {@code q} is not used): the narratives beside a post search.
     */
    SearchResult<NarrativeHit> searchNarrativesOfPosts(PostQuery posts, NarrativeQuery narratives);

    /**
     * Threats over time: posts of flagged narratives and tips per neighbourhood, harm category and ISO week (cells
     * with nothing are left out), ordered by week, neighbourhood and category.
     */
    List<ThreatCount> threats(ThreatQuery query);

    /**
     * The posts placed at or after {@code since} (their creation time, or their collection time when the source gave
     * none), newest first, at most {@code limit} (1 to {@value #MAX_RECENT_POSTS}), as stored and without their text:
     * for the api's own passes over new posts (their narrative, links and harm reasons), never for a user.
     */
    List<ScoredPost> recentPosts(Instant since, int limit);

    /** The most posts {@link #recentPosts} returns at once. */
    int MAX_RECENT_POSTS = 10_000;

    /** The latest snapshot of one narrative. */
    Optional<Narrative> narrative(String narrativeId);

    /**
     * The sealed original link of one post (a link that names the author's account is kept only sealed), for the
     * api's audited action that opens it; empty when the post is unknown or has no sealed link.
     */
    Optional<String> sealedUrl(String postId);

    /** Documents currently searchable: posts and narratives. */
    IndexStats stats();
}
