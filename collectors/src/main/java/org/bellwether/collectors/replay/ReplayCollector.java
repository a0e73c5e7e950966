package org.bellwether.collectors.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.collectors.Pacer;
import org.bellwether.ingest.RecentKeys;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.ingest.InputRecord;
import org.bellwether.ingest.RecordMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a JSONL or CSV file into {@code posts.raw}. Every record ends counted once: collected, duplicate (an id
 * seen earlier in this run), or invalid (unparsable, no text, bad time: sent to {@code posts.dlq} with the reason,
 * stage {@code collect}). The position after each record travels with it through the sink, so a restarted replay
 * of the same file (same fingerprint) continues after the last committed record; a different file under the same
 * path starts from the top. Runs on the calling thread; {@link #stop()} may be called from any thread.
 */
public final class ReplayCollector implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayCollector.class);
    public static final String STAGE = "collect";

    private final ReplaySettings settings;
    private final CollectorSink sink;
    private final CheckpointStore checkpoints;
    private final CollectorCounters counters;
    private final Clock clock;
    private final RecentKeys seen = new RecentKeys(200_000);
    private volatile boolean stopped;
    private volatile boolean finished;

    public ReplayCollector(ReplaySettings settings, CollectorSink sink, CheckpointStore checkpoints,
                           CollectorCounters counters, Clock clock) {
        this.settings = settings;
        this.sink = sink;
        this.checkpoints = checkpoints;
        this.counters = counters;
        this.clock = clock;
    }

    public CollectorCounters counters() {
        return counters;
    }

    /** True once the whole file was read and flushed. */
    public boolean finished() {
        return finished;
    }

    @Override
    public void run() {
        try {
            replay();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads to the end of the file (or until stopped) and flushes; returns the counts. */
    public CollectorCounters.Snapshot replay() throws IOException {
        String sourceKey = settings.sourceKey();
        String fingerprint = ReplayPosition.fingerprint(settings.file());
        Optional<ReplayPosition> saved = checkpoints.position(sourceKey).flatMap(ReplayPosition::parse);
        ReplayPosition start = saved.filter(p -> fingerprint.equals(p.fingerprint()))
                .orElse(new ReplayPosition(fingerprint, 0, 0, null));
        if (saved.isPresent() && !fingerprint.equals(saved.get().fingerprint())) {
            LOG.info("{} changed since its checkpoint (fingerprint): replaying from the start", sourceKey);
        } else if (start.records() > 0) {
            LOG.info("{} resumes after record {}", sourceKey, start.records());
        }
        Long shift = start.shiftMillis();
        if (shift == null && settings.rebaseTo() == null) {
            shift = settings.timeShift() == null ? 0L : settings.timeShift().toMillis();
        }
        RecordMapper mapper = new RecordMapper(settings.source(), settings.fields(), fingerprint);
        Pacer pacer = new Pacer(settings.ratePerSecond());
        try (RecordReader reader = open(start)) {
            InputRecord record;
            long records = start.records();
            while (!stopped && (record = reader.next()) != null) {
                if (!pacer.await()) {
                    break;
                }
                records = record.number();
                if (shift == null && record.parsed()) {
                    Optional<Instant> first = mapper.time(record.fields());
                    if (first.isPresent()) {
                        shift = settings.rebaseTo().toEpochMilli() - first.get().toEpochMilli();
                    }
                }
                ReplayPosition after = new ReplayPosition(fingerprint, records,
                        settings.format() == ReplaySettings.Format.JSONL ? record.endOffset() : -1, shift);
                sink.emit(sourceKey, after.format(), handle(sourceKey, record, mapper, shift == null ? 0 : shift));
            }
            sink.flush();
            finished = !stopped;
        }
        CollectorCounters.Snapshot snapshot = counters.snapshot();
        LOG.info("{} {}", finished ? "replayed" : "stopped", snapshot.line());
        return snapshot;
    }

    private Batch handle(String sourceKey, InputRecord record, RecordMapper mapper, long shift) {
        Instant now = clock.instant();
        if (!record.parsed()) {
            counters.invalid();
            return Batch.of(deadLetter(sourceKey + "#" + record.number(), record, record.error(), now));
        }
        RecordMapper.Result result = mapper.map(record, shift, now);
        if (result.post() == null) {
            counters.invalid();
            return Batch.of(deadLetter(sourceKey + "#" + record.number(), record, result.reason(), now));
        }
        RawPost post = result.post();
        if (!seen.add(post.key())) {
            counters.duplicate();
            return Batch.EMPTY;
        }
        counters.collected(post.createdAt(), now);
        return Batch.of(post);
    }

    private DeadLetter deadLetter(String key, InputRecord record, String reason, Instant now) {
        return DeadLetter.of(settings.sourceKey(), null, record.number(), key, record.raw(),
                "record " + record.number() + ": " + reason, STAGE, now);
    }

    private RecordReader open(ReplayPosition start) throws IOException {
        return settings.format() == ReplaySettings.Format.JSONL
                ? new JsonlReader(settings.file(), start.offset(), start.records())
                : new CsvReader(settings.file(), settings.csvDelimiter(), start.records());
    }

    /** Asks a running replay to stop after the current record. */
    public void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        stop();
    }
}
