package org.bellwether.model;

/**
 * A saved search as the monitor step sees it (topic {@code saved-searches}, key {@link #savedSearchId()},
 * compacted; a deleted search is a tombstone). Carries no personal data beyond the owner's account id.
 *
 * @param schemaVersion message schema version
 * @param savedSearchId unique id
 * @param query         the query in the search language (as on the search page)
 * @param filters       category, language, neighbourhood, source and kind filters; never null
 * @param ownerId       the owning account's id
 */
public record SavedSearch(int schemaVersion, String savedSearchId, String query, SearchFilters filters,
                          String ownerId) {

    public SavedSearch {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
        filters = filters == null ? SearchFilters.NONE : filters;
    }
}
