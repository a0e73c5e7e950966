/**
 * What every process that brings outside text into Kafka shares, without a framework: the transactional
 * {@link org.bellwether.ingest.KafkaCollectorSink} with its checkpoints, producer settings, per-source counters,
 * circuit breaker, backoff and scheduler, the mapping of an input record to a
 * {@link org.bellwether.model.RawPost}, canonical URLs and HTML to text. Used by the collectors (live sources, replay,
 * the demo) and by the api's intake (partner webhooks, the e-mail tip inbox).
 */
package org.bellwether.ingest;
