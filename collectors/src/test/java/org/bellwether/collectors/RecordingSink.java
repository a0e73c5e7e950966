package org.bellwether.collectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.CollectorCheckpoint;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Tip;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.ingest.SinkFailedException;

/** An in-memory sink for unit tests: everything emitted is visible at once, positions included. */
public final class RecordingSink implements CollectorSink {
    public final List<RawPost> posts = new ArrayList<>();
    public final List<Tip> tips = new ArrayList<>();
    public final List<DeadLetter> deadLetters = new ArrayList<>();
    public final Map<String, String> positions = new HashMap<>();
    private int failAfter = Integer.MAX_VALUE;
    private int emits;

    /** Makes the sink throw on the n-th emit (1-based) and every one after. */
    public RecordingSink failAfter(int emitCount) {
        this.failAfter = emitCount;
        return this;
    }

    @Override
    public synchronized void emit(String sourceKey, String position, Batch batch) {
        if (++emits >= failAfter) {
            throw new SinkFailedException("simulated failure", null);
        }
        posts.addAll(batch.posts());
        tips.addAll(batch.tips());
        deadLetters.addAll(batch.deadLetters());
        if (position != null) {
            positions.put(sourceKey, position);
        }
    }

    @Override
    public void flush() {
    }

    /** The positions as a checkpoint store, as a restarted process would load them. */
    public synchronized CheckpointStore checkpoints() {
        Map<String, CollectorCheckpoint> map = new HashMap<>();
        positions.forEach((k, v) -> map.put(k, new CollectorCheckpoint(SchemaVersion.CURRENT, k, v, null)));
        return new CheckpointStore(map);
    }
}
