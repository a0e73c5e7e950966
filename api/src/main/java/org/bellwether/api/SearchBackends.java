package org.bellwether.api;

import io.dropwizard.lifecycle.Managed;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bellwether.api.common.IndexSettings;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.search.IndexerService;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.SearchSettings;

/** Builds this node's search replica from configuration. */
final class SearchBackends {
    private SearchBackends() {
    }

    /**
     * The Lucene replica in {@code index.directory}, fed by its indexer from {@code posts.scored} and
     * {@code narratives} (when Kafka is enabled). Retention calls {@link LuceneSearchIndex#expireTextBefore}.
     */
    static SearchBackend lucene(IndexSettings settings, KafkaSettings kafka) {
        LuceneSearchIndex index = LuceneSearchIndex.open(new SearchSettings(settings.directory(), settings.refresh(),
                settings.topicPrefix()));
        IndexerService indexer = kafka.enabled() ? new IndexerService(index, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, kafka.groupId() + "-indexer"), settings.topicPrefix()) : null;
        Managed lifecycle = new Managed() {
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
        };
        return new SearchBackend(index, () -> {
            if (!index.isHealthy()) {
                return "search index at " + settings.directory() + " is not healthy";
            }
            return indexer == null ? null : indexer.problem().orElse(null);
        }, index::expireTextBefore, List.of(lifecycle));
    }
}
