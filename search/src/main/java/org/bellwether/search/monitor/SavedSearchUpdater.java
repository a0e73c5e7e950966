package org.bellwether.search.monitor;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.bellwether.model.SavedSearch;
import org.bellwether.search.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the global store and the monitor in step with the {@code saved-searches} topic (a tombstone deletes). */
final class SavedSearchUpdater implements Processor<String, SavedSearch, Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(SavedSearchUpdater.class);

    private final SavedQueryMonitor monitor;
    private KeyValueStore<String, SavedSearch> store;

    SavedSearchUpdater(SavedQueryMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(MatchTopology.SAVED_SEARCHES_STORE);
    }

    @Override
    public void process(Record<String, SavedSearch> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
            monitor.remove(record.key());
            return;
        }
        try {
            monitor.register(record.value());
            store.put(record.key(), record.value());
        } catch (InvalidQueryException e) {
            // the api refuses such queries; one written by hand is left out rather than stopping the step
            LOG.warn("saved search {} has a query that does not parse ({}); not monitored", record.key(),
                    e.getMessage());
            store.delete(record.key());
            monitor.remove(record.key());
        }
    }
}
