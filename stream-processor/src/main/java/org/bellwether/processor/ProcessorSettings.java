package org.bellwether.processor;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.bellwether.processor.cluster.ClusteringSettings;
import org.bellwether.processor.flag.FlaggingSettings;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.nlp.EntityExtractor;
import org.bellwether.processor.normalise.NeighbourhoodGazetteer;

/**
 * Everything {@link BellwetherTopology#buildTopology} needs, immutable. Build it with {@link #defaults} and the
 * {@code with…} methods.
 *
 * @param topicPrefix      deployment prefix of every topic name ({@code ""} for none)
 * @param pseudonymKey     key of the author pseudonym HMAC (at least 16 bytes; keep it secret and stable)
 * @param gazetteer        the city's neighbourhoods
 * @param clustering       narrative clustering parameters
 * @param flagging         metrics, alert rules, cool-down and snapshot rate
 * @param dedupeRetention  how long post ids are remembered for exact de-duplication
 * @param repostWindow     how long posts and text fingerprints are remembered to recognise reposts
 * @param harmScorer       harm scorer (thread-safe)
 * @param entityExtractor  entity extractor (thread-safe)
 * @param stores           where state stores keep local data
 * @param clock            wall clock, used only to stamp dead letters
 * @param counters         outcome counters shared by the stream threads
 */
public record ProcessorSettings(
        String topicPrefix,
        byte[] pseudonymKey,
        NeighbourhoodGazetteer gazetteer,
        ClusteringSettings clustering,
        FlaggingSettings flagging,
        Duration dedupeRetention,
        Duration repostWindow,
        HarmScorer harmScorer,
        EntityExtractor entityExtractor,
        StoreKind stores,
        Clock clock,
        PipelineCounters counters) {

    public ProcessorSettings {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        Objects.requireNonNull(pseudonymKey, "pseudonymKey");
        if (pseudonymKey.length < 16) {
            throw new IllegalArgumentException("pseudonymKey must have at least 16 bytes");
        }
        pseudonymKey = pseudonymKey.clone();
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(clustering, "clustering");
        Objects.requireNonNull(flagging, "flagging");
        Objects.requireNonNull(dedupeRetention, "dedupeRetention");
        Objects.requireNonNull(repostWindow, "repostWindow");
        Objects.requireNonNull(harmScorer, "harmScorer");
        Objects.requireNonNull(entityExtractor, "entityExtractor");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(counters, "counters");
    }

    /**
     * Defaults: no prefix, no neighbourhoods, the shipped clustering and flagging settings, post ids remembered
     * 7 days, reposts recognised within 3 days, RocksDB stores, the system clock, fresh counters.
     */
    public static ProcessorSettings defaults(byte[] pseudonymKey, HarmScorer harmScorer,
                                             EntityExtractor entityExtractor) {
        return new ProcessorSettings("", pseudonymKey, NeighbourhoodGazetteer.empty(), ClusteringSettings.defaults(),
                FlaggingSettings.defaults(), Duration.ofDays(7), Duration.ofDays(3), harmScorer, entityExtractor,
                StoreKind.PERSISTENT, Clock.systemUTC(), new PipelineCounters());
    }

    @Override
    public byte[] pseudonymKey() {
        return pseudonymKey.clone();
    }

    public ProcessorSettings withTopicPrefix(String prefix) {
        return new ProcessorSettings(prefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, harmScorer, entityExtractor, stores, clock, counters);
    }

    public ProcessorSettings withGazetteer(NeighbourhoodGazetteer value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, value, clustering, flagging, dedupeRetention,
                repostWindow, harmScorer, entityExtractor, stores, clock, counters);
    }

    public ProcessorSettings withClustering(ClusteringSettings value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, value, flagging, dedupeRetention,
                repostWindow, harmScorer, entityExtractor, stores, clock, counters);
    }

    public ProcessorSettings withFlagging(FlaggingSettings value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, value, dedupeRetention,
                repostWindow, harmScorer, entityExtractor, stores, clock, counters);
    }

    public ProcessorSettings withStores(StoreKind value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, harmScorer, entityExtractor, value, clock, counters);
    }

    public ProcessorSettings withClock(Clock value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, harmScorer, entityExtractor, stores, value, counters);
    }

    public ProcessorSettings withCounters(PipelineCounters value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, harmScorer, entityExtractor, stores, clock, value);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "ProcessorSettings[topicPrefix=" + topicPrefix + ", stores=" + stores + ", clustering=" + clustering
                + ", flagging=" + flagging + "]";
    }
}
