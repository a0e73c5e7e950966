package org.bellwether.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.Test;

class ExpiringStoreTest {
    private static final String NAME = "memory";
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final long T0 = 1_700_000_000_000L;
    private static final long HOUR = 3_600_000L;

    @Test
    void remembersWithinTheRetentionAndForgetsAfterIt() {
        MockProcessorContext<Object, Object> context = context(Map.of());
        ExpiringStore store = ExpiringStore.open(context, NAME, RETENTION);
        store.put("old", "a", T0);
        store.put("new", "b", T0 + 20 * HOUR);

        assertThat(store.get("old", T0 + 23 * HOUR)).isEqualTo("a");
        assertThat(store.get("old", T0 + 25 * HOUR)).isNull();

        store.expire(T0 + 26 * HOUR);
        assertThat(values(context).get("old")).isNull();
        assertThat(values(context).get("new")).isNotNull();
        assertThat(store.get("new", T0 + 26 * HOUR)).isEqualTo("b");
    }

    @Test
    void aRememberedKeyPutAgainLivesFromItsNewTime() {
        MockProcessorContext<Object, Object> context = context(Map.of());
        ExpiringStore store = ExpiringStore.open(context, NAME, RETENTION);
        store.put("key", "first", T0);
        store.put("key", "second", T0 + 10 * HOUR);

        store.expire(T0 + 26 * HOUR);
        assertThat(store.get("key", T0 + 26 * HOUR)).isEqualTo("second");
    }

    /**
     * Only the values are changelogged. A task that starts on restored values and an empty expiry index (a crash
     * with a wiped state directory, or a task moved to another instance) still forgets every old entry.
     */
    @Test
    void theIndexIsRebuiltFromRestoredValues() {
        MockProcessorContext<Object, Object> before = context(Map.of());
        ExpiringStore first = ExpiringStore.open(before, NAME, RETENTION);
        first.put("old", "a", T0);
        first.put("new", "b", T0 + 20 * HOUR);

        Map<String, StateStore> restoredValuesOnly = new HashMap<>();
        restoredValuesOnly.put(NAME + "-values", before.getStateStore(NAME + "-values"));
        MockProcessorContext<Object, Object> after = context(restoredValuesOnly);
        assertThat(expiryEntries(after)).isZero();

        ExpiringStore second = ExpiringStore.open(after, NAME, RETENTION);
        assertThat(expiryEntries(after)).isEqualTo(2);
        second.expire(T0 + 26 * HOUR);
        assertThat(values(after).get("old")).isNull();
        assertThat(second.get("new", T0 + 26 * HOUR)).isEqualTo("b");
    }

    @Test
    void onlyTheValuesAreChangelogged() {
        Map<String, Boolean> logged = new HashMap<>();
        for (StoreBuilder<?> builder : ExpiringStore.builders(NAME, StoreKind.IN_MEMORY)) {
            logged.put(builder.name(), builder.loggingEnabled());
        }
        assertThat(logged).containsExactlyInAnyOrderEntriesOf(Map.of(NAME + "-values", true, NAME + "-expiry", false));
    }

    private static MockProcessorContext<Object, Object> context(Map<String, StateStore> existing) {
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        for (StoreBuilder<?> builder : ExpiringStore.builders(NAME, StoreKind.IN_MEMORY)) {
            StateStore store = existing.get(builder.name());
            if (store == null) {
                store = builder.withLoggingDisabled().withCachingDisabled().build();
                store.init(context.getStateStoreContext(), store);
            }
            context.addStateStore(store);
        }
        return context;
    }

    private static KeyValueStore<String, String> values(MockProcessorContext<Object, Object> context) {
        return context.getStateStore(NAME + "-values");
    }

    private static long expiryEntries(MockProcessorContext<Object, Object> context) {
        KeyValueStore<String, byte[]> expiry = context.getStateStore(NAME + "-expiry");
        return expiry.approximateNumEntries();
    }
}
