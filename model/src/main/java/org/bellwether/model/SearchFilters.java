package org.bellwether.model;

/**
 * The filters of a search beside its query; each null means any.
 *
 * @param category      harm category wire name, e.g. {@code hate_migrants}
 * @param lang          ISO 639-1 language
 * @param neighbourhood neighbourhood name
 * @param source        source kind (e.g. {@code mastodon}) or exact source
 * @param kind          post kind, e.g. {@code post} or {@code tip}
 */
public record SearchFilters(String category, String lang, String neighbourhood, String source, String kind) {
    /** No filter at all. */
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);
}
