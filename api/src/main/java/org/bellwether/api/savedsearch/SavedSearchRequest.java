package org.bellwether.api.savedsearch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A saved search to create or replace.
 *
 * @param name    what its owner calls it
 * @param query   the query in the search language (blank: every post, narrowed by the filters)
 * @param filters category, lang, neighbourhood, source, kind; optional
 * @param shared  visible to the whole team (default: private)
 * @param alert   the alert rule, or null for none
 */
public record SavedSearchRequest(@NotBlank @Size(max = 200) String name, @NotNull @Size(max = 2000) String query,
                                 @Valid SavedSearchFilters filters, Boolean shared,
                                 @Valid AlertRule alert) {
}
