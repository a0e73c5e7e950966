package org.bellwether.processor;

/** Where the processor's state stores keep their data locally; both are changelogged to Kafka. */
public enum StoreKind {
    /** RocksDB on disk: large state, quick restarts (the default). */
    PERSISTENT,
    /** On the heap: faster, restored from the changelog at every start (evaluation, small deployments). */
    IN_MEMORY
}
