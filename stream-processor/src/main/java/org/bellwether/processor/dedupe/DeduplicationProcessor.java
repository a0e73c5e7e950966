package org.bellwether.processor.dedupe;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.bellwether.processor.ExpiringStore;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.normalise.NormalisedPost;

/**
 * Exact de-duplication: a post id seen within the retention is not passed on again (sources and collectors repeat
 * posts; a restarted collector replays some). The ids live in a changelogged {@link ExpiringStore}, so a restored task
 * remembers exactly what it had passed on. Duplicates are counted, never silently lost from the books.
 */
public final class DeduplicationProcessor implements FixedKeyProcessor<String, NormalisedPost, NormalisedPost> {
    public static final String STORE = "dedupe-post-ids";

    /** Expired ids are swept out every this many posts (lookups ignore expired ids in any case). */
    private static final int SWEEP_EVERY = 10_000;

    private final Duration retention;
    private final PipelineCounters counters;
    private FixedKeyProcessorContext<String, NormalisedPost> context;
    private ExpiringStore seen;
    private int sinceSweep;

    public DeduplicationProcessor(Duration retention, PipelineCounters counters) {
        this.retention = retention;
        this.counters = counters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, NormalisedPost> context) {
        this.context = context;
        this.seen = ExpiringStore.open(context, STORE, retention);
    }

    @Override
    public void process(FixedKeyRecord<String, NormalisedPost> record) {
        String postId = record.value().postId();
        long time = record.timestamp();
        if (seen.get(postId, time) != null) {
            counters.duplicate();
            return;
        }
        seen.put(postId, "", time);
        context.forward(record);
        if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            seen.expire(time);
        }
    }
}
