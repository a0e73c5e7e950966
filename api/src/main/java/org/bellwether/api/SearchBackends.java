package org.bellwether.api;

import java.util.List;
import java.util.Optional;
import org.bellwether.api.core.IndexSettings;
import org.bellwether.api.core.KafkaSettings;
import org.bellwether.api.core.TextExpiry;
import org.bellwether.model.Narrative;
import org.bellwether.search.IndexStats;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.PostHit;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;

/** Builds this node's search replica from configuration. */
final class SearchBackends {
    private SearchBackends() {
    }

    /**
     * The Lucene replica fed by its indexer from {@code posts.scored} and {@code narratives}.
     * Until the search module ships {@code LuceneSearchIndex}, an empty replica that reports itself unhealthy.
     */
    static SearchBackend lucene(IndexSettings index, KafkaSettings kafka) {
        SearchService empty = new SearchService() {
            @Override
            public SearchResult<PostHit> searchPosts(PostQuery query) {
                return new SearchResult<>(0, List.of(), null, null);
            }

            @Override
            public SearchResult<NarrativeHit> searchNarratives(NarrativeQuery query) {
                return new SearchResult<>(0, List.of(), null, null);
            }

            @Override
            public Optional<Narrative> narrative(String narrativeId) {
                return Optional.empty();
            }

            @Override
            public IndexStats stats() {
                return new IndexStats(0, 0, null);
            }
        };
        return new SearchBackend(empty, () -> "search index not wired yet (" + index.directory() + ")",
                TextExpiry.NONE, List.of());
    }
}
