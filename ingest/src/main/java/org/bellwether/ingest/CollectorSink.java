package org.bellwether.ingest;

/**
 * Where collectors put what they read. A sink writes a batch and the source's new position atomically: after a
 * crash a source resumes from a position whose records are all written and none after it are visible.
 * Implementations are thread-safe; several sources share one sink.
 */
public interface CollectorSink {

    /**
     * Writes a batch and moves the source's position.
     *
     * @param sourceKey the checkpoint key, e.g. {@code replay:demo:/data/demo.jsonl}
     * @param position  the opaque position after this batch, or null to leave the position as it is
     * @param batch     records to write
     * @throws SinkFailedException when the records cannot be written; the caller must reload its position
     */
    void emit(String sourceKey, String position, Batch batch);

    /** Makes everything emitted so far durable and visible; blocks until done. */
    void flush();
}
