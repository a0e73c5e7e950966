package org.bellwether.api.savedsearch;

import org.bellwether.model.SavedSearch;

/** Where saved searches go for the monitor step: the compacted {@code saved-searches} topic. */
public interface SavedSearchPublisher {
    /** Without Kafka (kafka.enabled false) nothing is monitored, so there is nowhere to publish. */
    SavedSearchPublisher WITHOUT_KAFKA = new SavedSearchPublisher() {
        @Override
        public void publish(SavedSearch search) {
        }

        @Override
        public void withdraw(String savedSearchId) {
        }
    };

    /** Adds or replaces a saved search. */
    void publish(SavedSearch search);

    /** Removes a deleted saved search (a tombstone). */
    void withdraw(String savedSearchId);
}
