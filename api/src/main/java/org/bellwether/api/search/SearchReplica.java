package org.bellwether.api.search;

import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import org.bellwether.search.IndexerService;
import org.bellwether.search.LuceneSearchIndex;

/**
 * This node's Lucene replica and the indexer that feeds it from {@code posts.scored} and {@code narratives} (none
 * without Kafka): started and stopped together, healthy when both are.
 */
public final class SearchReplica implements Managed {
    private final LuceneSearchIndex index;
    private final IndexerService indexer;
    private final Path directory;

    /** @param indexer null when Kafka is disabled */
    public SearchReplica(LuceneSearchIndex index, IndexerService indexer, Path directory) {
        this.index = index;
        this.indexer = indexer;
        this.directory = directory;
    }

    @Override
    public void start() {
        if (indexer != null) {
            indexer.start();
        }
    }

    @Override
    public void stop() {
        if (indexer != null) {
            indexer.close();
        }
        index.close();
    }

    /** Null when healthy, else the reason. */
    public String problem() {
        if (!index.isHealthy()) {
            return "search index at " + directory + " is not healthy";
        }
        return indexer == null ? null : indexer.problem().orElse(null);
    }
}
