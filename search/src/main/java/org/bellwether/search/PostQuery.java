package org.bellwether.search;

import java.time.Instant;

/**
 * A post search. Every filter is optional (null = any).
 *
 * @param q             query in the search syntax (Lucene classic: terms, "phrases", AND/OR/NOT, field:term);
 *                      null or blank matches all posts
 * @param lang          ISO 639-1 language
 * @param from          created at or after
 * @param to            created before
 * @param narrativeId   only posts of this narrative
 * @param category      only posts scoring on this harm category (wire name, e.g. {@code hate_migrants})
 * @param neighbourhood only posts placed in this neighbourhood
 * @param source        only posts from this source kind (prefix before ':', e.g. {@code mastodon}) or exact source
 * @param page          zero-based page
 * @param pageSize      hits per page, 1..100
 */
public record PostQuery(String q, String lang, Instant from, Instant to, String narrativeId, String category,
                        String neighbourhood, String source, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public PostQuery {
        if (page < 0) {
            throw new InvalidQueryException("page must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidQueryException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidQueryException("from must be before to");
        }
    }

    /** A query string with default paging and no filters. */
    public static PostQuery of(String q) {
        return new PostQuery(q, null, null, null, null, null, null, null, 0, 20);
    }
}
