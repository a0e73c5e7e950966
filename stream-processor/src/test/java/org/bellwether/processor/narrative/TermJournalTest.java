package org.bellwether.processor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class TermJournalTest {

    @Test
    void aNewJournalOnTheSameStoreRestoresEveryFrequencyExactly() {
        KeyValueStore<Long, byte[]> store = journalStore();
        TermJournal journal = new TermJournal(store, Duration.ofDays(1));
        journal.restore(null, (term, frequency) -> { });
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int post = 0; post < 5_000; post++) {
            for (int i = 0; i < 10; i++) {
                String term = "térm" + random.nextInt(3_000);
                int frequency = random.nextInt(20) == 0 ? 0 : expected.getOrDefault(term, 0) + 1;
                journal.record(term, frequency);
                if (frequency == 0) {
                    expected.remove(term);
                } else {
                    expected.put(term, frequency);
                }
            }
            journal.flush();
        }

        assertThat(restored(store, null)).isEqualTo(expected);
        // 50,000 changes in a few dozen records, not one per term
        assertThat(count(store)).isBetween(2L, 200L);
    }

    @Test
    void aLongJournalIsCompactedToTheLiveFrequencies() {
        KeyValueStore<Long, byte[]> store = journalStore();
        TermJournal journal = new TermJournal(store, Duration.ofDays(1));
        journal.restore(null, (term, frequency) -> { });
        Map<String, Integer> expected = new HashMap<>();
        for (int round = 0; round < 500; round++) {
            for (int term = 0; term < 1_000; term++) {
                journal.record("t" + term, round + 1);
                expected.put("t" + term, round + 1);
            }
            journal.flush();
        }

        assertThat(restored(store, null)).isEqualTo(expected);
        long bytes = 0;
        try (KeyValueIterator<Long, byte[]> all = store.all()) {
            while (all.hasNext()) {
                bytes += all.next().value.length;
            }
        }
        // 500,000 entries written; what is kept is at most a few times the 1,000 live ones
        assertThat(bytes).isLessThan(TermJournal.MIN_COMPACT * 8);
    }

    @Test
    void frequenciesKeptPerTermByAnEarlierVersionMoveIntoTheJournal() {
        KeyValueStore<String, Integer> legacy = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("legacy"),
                Serdes.String(), Serdes.Integer()).withLoggingDisabled().build();
        legacy.init(new MockProcessorContext<>().getStateStoreContext(), legacy);
        legacy.put("fire", 3);
        legacy.put("river", 1);
        KeyValueStore<Long, byte[]> store = journalStore();

        assertThat(restored(store, legacy)).isEqualTo(Map.of("fire", 3, "river", 1));
        assertThat(count(legacy)).isZero();
        assertThat(restored(store, legacy)).isEqualTo(Map.of("fire", 3, "river", 1));
    }

    private static Map<String, Integer> restored(KeyValueStore<Long, byte[]> store,
                                                 KeyValueStore<String, Integer> legacy) {
        Map<String, Integer> terms = new HashMap<>();
        new TermJournal(store, Duration.ofDays(1)).restore(legacy, terms::put);
        return terms;
    }

    private static KeyValueStore<Long, byte[]> journalStore() {
        KeyValueStore<Long, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("journal"),
                Serdes.Long(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private static long count(KeyValueStore<?, ?> store) {
        long count = 0;
        try (KeyValueIterator<?, ?> all = store.all()) {
            while (all.hasNext()) {
                all.next();
                count++;
            }
        }
        return count;
    }
}
