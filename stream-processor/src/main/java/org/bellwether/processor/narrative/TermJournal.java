package org.bellwether.processor.narrative;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The clusterer's document frequencies as a journal of batches in one changelogged store, instead of one record per
 * term: a post changes about ten frequencies, and with a record per term the store's changelog took 2.5 to 3.9 of
 * the Kafka records written per post (one per distinct term of each commit). Here every change is appended to the
 * current batch (term and its new frequency, 0 = forgotten); the batch is put into the store after each post under
 * its sequence number, so the cached store writes it once per commit, and a batch is closed when it holds
 * {@value #BATCH_BYTES} bytes or has been open for a commit interval. The store holds the whole state at every
 * commit (a batch is put in the same transaction as the posts that changed it).
 *
 * <p>Replaying the batches in sequence order, later entries overriding earlier ones, gives the frequencies exactly
 * (at start, after Kafka Streams has restored the store). Superseded entries accumulate, so when the journal holds
 * more than three times the entries that were live at the last compaction (and at least {@value #MIN_COMPACT}), it is
 * compacted: the live frequencies are written as new batches and the older batches deleted, in the same transaction.
 *
 * <p>A store of an earlier version that kept one record per term is read once at start, written into the journal and
 * emptied. Not thread-safe: the narrative task owns it.
 */
final class TermJournal {
    /** A batch is closed at this size (larger batches would be copied again at every post). */
    static final int BATCH_BYTES = 4 * 1024;
    /** Journals below this many entries are never compacted. */
    static final long MIN_COMPACT = 200_000;

    private final KeyValueStore<Long, byte[]> journal;
    private final long rollNanos;
    private byte[] buffer = new byte[BATCH_BYTES + 256];
    private int length;
    private int stored;
    private long batch;
    private long openedAt;
    private long entries;
    private long liveAtCompaction;

    /**
     * @param journal the changelogged journal store (key: batch sequence; values in key order)
     * @param roll    how long a batch stays open (the commit interval: one write of a batch per commit)
     */
    TermJournal(KeyValueStore<Long, byte[]> journal, Duration roll) {
        this.journal = journal;
        this.rollNanos = roll.toNanos();
    }

    /**
     * Reads every frequency into {@code into}: the per-term store of an earlier version first (which is then moved
     * into the journal and emptied), then the journal's batches in order. Call once, before any change.
     */
    void restore(KeyValueStore<String, Integer> legacy, ObjIntConsumer<String> into) {
        Map<String, Integer> terms = new HashMap<>();
        List<String> legacyTerms = new ArrayList<>();
        if (legacy != null) {
            try (KeyValueIterator<String, Integer> all = legacy.all()) {
                while (all.hasNext()) {
                    KeyValue<String, Integer> entry = all.next();
                    legacyTerms.add(entry.key);
                    if (entry.value != null && entry.value > 0) {
                        terms.put(entry.key, entry.value);
                    }
                }
            }
        }
        long last = -1;
        try (KeyValueIterator<Long, byte[]> all = journal.all()) {
            while (all.hasNext()) {
                KeyValue<Long, byte[]> entry = all.next();
                entries += replay(entry.value, terms);
                last = entry.key;
            }
        }
        batch = last + 1;
        liveAtCompaction = terms.size();
        if (!legacyTerms.isEmpty()) {
            rewrite(terms);
            for (String term : legacyTerms) {
                legacy.delete(term);
            }
        }
        terms.forEach(into::accept);
    }

    /** Records a term's new frequency (0: the term is forgotten). */
    void record(String term, int frequency) {
        if (length == 0) {
            openedAt = System.nanoTime();
        }
        byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length + 10);
        writeVarint(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        writeVarint(Math.max(0, frequency));
        entries++;
        if (length >= BATCH_BYTES) {
            put();
            close();
        }
    }

    /**
     * Puts the open batch into the store if it changed, closes it when full or old, and compacts the journal when
     * due. Call after every post (before the task's commit can happen).
     */
    void flush() {
        put();
        if (length >= BATCH_BYTES || (length > 0 && System.nanoTime() - openedAt >= rollNanos)) {
            close();
        }
        if (entries > Math.max(MIN_COMPACT, 3 * liveAtCompaction)) {
            compact();
        }
    }

    private void put() {
        if (length > stored) {
            journal.put(batch, Arrays.copyOf(buffer, length));
            stored = length;
        }
    }

    private void close() {
        batch++;
        length = 0;
        stored = 0;
    }

    /** Writes the live frequencies as new batches and deletes every older batch. */
    private void compact() {
        put();
        close();
        Map<String, Integer> terms = new HashMap<>();
        try (KeyValueIterator<Long, byte[]> all = journal.all()) {
            while (all.hasNext()) {
                replay(all.next().value, terms);
            }
        }
        rewrite(terms);
    }

    private void rewrite(Map<String, Integer> terms) {
        put();
        close();
        long first = batch;
        List<Long> older = new ArrayList<>();
        try (KeyValueIterator<Long, byte[]> all = journal.all()) {
            while (all.hasNext()) {
                long key = all.next().key;
                if (key < first) {
                    older.add(key);
                }
            }
        }
        entries = 0;
        terms.forEach(this::record);
        put();
        close();
        for (Long key : older) {
            journal.delete(key);
        }
        liveAtCompaction = terms.size();
        entries = terms.size();
    }

    /** Applies one batch to the map; returns its number of entries. */
    static int replay(byte[] bytes, Map<String, Integer> terms) {
        int[] position = {0};
        int count = 0;
        while (position[0] < bytes.length) {
            int size = readVarint(bytes, position);
            String term = new String(bytes, position[0], size, StandardCharsets.UTF_8);
            position[0] += size;
            int frequency = readVarint(bytes, position);
            if (frequency > 0) {
                terms.put(term, frequency);
            } else {
                terms.remove(term);
            }
            count++;
        }
        return count;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void writeVarint(int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            buffer[length++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        buffer[length++] = (byte) rest;
    }

    private static int readVarint(byte[] bytes, int[] position) {
        int value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[position[0]++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
