package org.bellwether.api.savedsearch;

import jakarta.validation.constraints.Size;

/**
 * The filters of a saved search as a request gives them (the body form of {@code SearchFilters}, with its bounds);
 * each null or blank means any.
 */
public record SavedSearchFilters(@Size(max = 100) String category, @Size(max = 10) String lang,
                                 @Size(max = 200) String neighbourhood, @Size(max = 200) String source,
                                 @Size(max = 20) String kind) {
}
