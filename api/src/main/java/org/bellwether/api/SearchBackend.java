package org.bellwether.api;

import io.dropwizard.lifecycle.Managed;
import java.util.List;
import java.util.function.Supplier;
import org.bellwether.api.admin.TextExpiry;
import org.bellwether.search.SearchService;

/**
 * This node's search replica: the read API, a health probe (empty when healthy, else the reason), the retention
 * hook, and the lifecycles to start and stop (index, indexer).
 */
public record SearchBackend(SearchService service, Supplier<String> problem, TextExpiry textExpiry,
                            List<Managed> lifecycle) {
    public SearchBackend {
        lifecycle = List.copyOf(lifecycle);
    }
}
