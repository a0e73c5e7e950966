package org.bellwether.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Outcome counters of the pipeline (valid / invalid / duplicate / scored / amplified, narratives created and
 * merged, alerts, snapshots), for metrics and health pages. Counts since this process started; the topics hold
 * the truth. Thread-safe: every stream thread adds to the same counters.
 */
public final class PipelineCounters {
    private final LongAdder valid = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder scored = new LongAdder();
    private final LongAdder amplified = new LongAdder();
    private final LongAdder narrativesCreated = new LongAdder();
    private final LongAdder narrativesMerged = new LongAdder();
    private final LongAdder alerts = new LongAdder();
    private final LongAdder snapshots = new LongAdder();
    private final LongAdder responses = new LongAdder();
    private final LongAdder responsesJudgedHateful = new LongAdder();

    public void valid() {
        valid.increment();
    }

    public void invalid() {
        invalid.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void scored() {
        scored.increment();
    }

    public void amplified() {
        amplified.increment();
    }

    public void narrativeCreated() {
        narrativesCreated.increment();
    }

    public void narrativeMerged() {
        narrativesMerged.increment();
    }

    public void alert() {
        alerts.increment();
    }

    public void snapshot() {
        snapshots.increment();
    }

    public void response() {
        responses.increment();
    }

    /** A messenger's response the harm judgement took for hate (it is counted as counter-speech all the same). */
    public void responseJudgedHateful() {
        responsesJudgedHateful.increment();
    }

    /** A consistent-enough copy, by name (valid, invalid, duplicate, scored, ...). */
    public Map<String, Long> snapshotCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("valid", valid.sum());
        counts.put("invalid", invalid.sum());
        counts.put("duplicate", duplicates.sum());
        counts.put("scored", scored.sum());
        counts.put("amplified", amplified.sum());
        counts.put("narratives_created", narrativesCreated.sum());
        counts.put("narratives_merged", narrativesMerged.sum());
        counts.put("alerts", alerts.sum());
        counts.put("snapshots", snapshots.sum());
        counts.put("responses", responses.sum());
        counts.put("responses_judged_hateful", responsesJudgedHateful.sum());
        return counts;
    }
}
