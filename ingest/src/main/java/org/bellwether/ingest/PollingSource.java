package org.bellwether.ingest;

import java.time.Duration;

/** A source read by polling: each call reads once and says when to call again. */
public interface PollingSource {
    /** The source name, as in its counters and checkpoint key. */
    String name();

    /**
     * Reads what is new and hands it to the sink.
     *
     * @return the delay until the next poll
     * @throws SourceHttpException on 429 and 5xx (the scheduler backs off, honouring Retry-After)
     * @throws Exception           on anything else that failed; counted against the circuit breaker
     */
    Duration poll() throws Exception;
}
