package org.bellwether.search;

import org.bellwether.model.NarrativeStatus;

/**
 * A narrative search or listing.
 *
 * @param q              query in the search syntax over label, terms, entities and representative posts;
 *                       null or blank lists all narratives
 * @param status         only narratives in this status, or null
 * @param flagged        only flagged (true) or unflagged (false) narratives, or null for both
 * @param includeMerged  include narratives merged into others (default false)
 * @param page           zero-based page
 * @param pageSize       hits per page, 1..100
 */
public record NarrativeQuery(String q, NarrativeStatus status, Boolean flagged, boolean includeMerged, int page,
                             int pageSize) {

    public NarrativeQuery {
        if (page < 0) {
            throw new InvalidQueryException("page must be 0 or more");
        }
        if (pageSize < 1 || pageSize > PostQuery.MAX_PAGE_SIZE) {
            throw new InvalidQueryException("pageSize must be between 1 and " + PostQuery.MAX_PAGE_SIZE);
        }
    }

    public static NarrativeQuery all() {
        return new NarrativeQuery(null, null, null, false, 0, 20);
    }
}
