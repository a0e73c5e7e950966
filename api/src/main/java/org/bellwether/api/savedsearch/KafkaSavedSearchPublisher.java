package org.bellwether.api.savedsearch;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.savedsearch.db.SavedSearchDao;
import org.bellwether.api.savedsearch.db.SavedSearchRow;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes saved searches to the compacted {@code saved-searches} topic (key: the saved search's id; a deleted
 * one is a tombstone) with an idempotent producer, waiting for the broker. The database is the record of truth:
 * on start every saved search (and every deleted one's tombstone) is published again, so a change whose
 * publication failed after its commit reaches the monitor at the next start. Thread-safe.
 */
public final class KafkaSavedSearchPublisher implements SavedSearchPublisher, Managed {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSavedSearchPublisher.class);

    private final Jdbi jdbi;
    private final Topic<String, SavedSearch> topic;
    private final KafkaProducer<String, SavedSearch> producer;

    public KafkaSavedSearchPublisher(KafkaSettings settings, Jdbi jdbi) {
        this.jdbi = jdbi;
        this.topic = Topics.SAVED_SEARCHES.prefixed(settings.topicPrefix());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-saved-searches",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public void start() {
        int published = 0;
        for (SavedSearchRow row : jdbi.withExtension(SavedSearchDao.class, SavedSearchDao::all)) {
            if (row.deletedAt() == null) {
                publish(SavedSearchService.toMessage(row));
            } else {
                withdraw(row.id().toString());
            }
            published++;
        }
        LOG.info("published {} saved searches to {}", published, topic.name());
    }

    @Override
    public void publish(SavedSearch search) {
        send(search.savedSearchId(), search);
    }

    @Override
    public void withdraw(String savedSearchId) {
        send(savedSearchId, null);
    }

    private void send(String key, SavedSearch value) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("publishing saved search {} interrupted; it is published again at the next start", key);
        } catch (ExecutionException | TimeoutException e) {
            LOG.error("cannot publish saved search {} ({}); it is published again at the next start", key,
                    e.toString());
        }
    }

    @Override
    public void stop() {
        producer.close(Duration.ofSeconds(5));
    }
}
