package org.bellwether.processor.narrative;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.bellwether.model.Alert;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.ScoredPost;
import org.bellwether.processor.ExpiringStore;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.cluster.Assignment;
import org.bellwether.processor.cluster.HourlyVolume;
import org.bellwether.processor.cluster.NarrativeClusterer;
import org.bellwether.processor.cluster.NarrativeState;
import org.bellwether.processor.cluster.PostFeatures;
import org.bellwether.processor.cluster.TermStatistics;
import org.bellwether.processor.enrich.EnrichedPost;
import org.bellwether.processor.flag.Flagger;
import org.bellwether.processor.flag.NarrativeFigures;
import org.bellwether.processor.flag.NarrativeMeasures;
import org.bellwether.processor.flag.RecentAlerts;
import org.bellwether.processor.flag.StreamActivity;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.harm.HarmTask;
import org.bellwether.processor.normalise.NormalisedPost;

/**
 * The narrative step, one task for the whole stream (its input has one partition): places each post in a narrative
 * (reposts and near-identical copies go to the narrative of the post they repeat, as amplification), updates the
 * narrative's profile and metrics, applies the alert rules, and publishes {@link ScoredPost}s, narrative snapshots
 * (rate-limited per narrative; pending changes are flushed by a wall-clock punctuation, so the final state always
 * goes out) and alerts. Records responses. A post whose id it has placed within the de-duplication retention is
 * counted as a duplicate and goes no further (the same store of post ids places reposts). All state is in the
 * changelogged {@link NarrativeStores}; the in-memory clusterer is rebuilt from them in {@link #init}, so a restored
 * task continues exactly.
 *
 * <p>Outputs are {@link NarrativeOutput}s: placed posts (key postId), narrative snapshots and alerts (key
 * narrativeId); the topology writes each type to its topic. The post's clustering features come with the command
 * (extracted by the parallel steps), so this task does not read the text again.
 */
public final class NarrativeProcessor implements Processor<String, NarrativeCommand, String, NarrativeOutput> {
    private static final Duration FLUSH_EVERY = Duration.ofSeconds(2);
    private static final String RECENT_ALERTS = "recent-alerts";

    private final ProcessorSettings settings;
    private final PipelineCounters counters;
    private final HarmScorer judge;
    private final NarrativeMeasures measures;
    private final Flagger flagger;
    private final SnapshotBuilder snapshots;
    private final Set<String> pending = new TreeSet<>();
    private ProcessorContext<String, NarrativeOutput> context;
    private StoreNarrativeRepository repository;
    private NarrativeClusterer clusterer;
    private KeyValueStore<Long, Long> streamStore;
    private ExpiringStore recentPosts;
    private ExpiringStore fingerprints;
    private StreamActivity stream;
    private KeyValueStore<String, byte[]> meta;
    private RecentAlerts recentAlerts;

    /** @param judge the harm scorer the posts were scored with: it judges messengers' recorded responses too */
    public NarrativeProcessor(ProcessorSettings settings, PipelineCounters counters, HarmScorer judge) {
        this.settings = settings;
        this.counters = counters;
        this.judge = judge;
        this.measures = new NarrativeMeasures(settings.flagging());
        this.flagger = new Flagger(settings.flagging());
        this.snapshots = new SnapshotBuilder(measures);
    }

    @Override
    public void init(ProcessorContext<String, NarrativeOutput> context) {
        this.context = context;
        KeyValueStore<String, NarrativeState> narratives = context.getStateStore(NarrativeStores.NARRATIVES);
        KeyValueStore<String, Integer> legacyTerms = context.getStateStore(NarrativeStores.TERMS);
        TermJournal terms = new TermJournal(context.getStateStore(NarrativeStores.TERM_JOURNAL),
                NarrativeStores.commitInterval(context.appConfigs()));
        meta = context.getStateStore(NarrativeStores.META);
        streamStore = context.getStateStore(NarrativeStores.STREAM);
        recentPosts = ExpiringStore.open(context, NarrativeStores.RECENT_POSTS,
                max(settings.dedupeRetention(), settings.repostWindow()));
        fingerprints = ExpiringStore.open(context, NarrativeStores.FINGERPRINTS, settings.repostWindow());
        repository = new StoreNarrativeRepository(narratives, terms, meta);
        TermStatistics statistics = new TermStatistics(settings.clustering().maxVocabulary());
        repository.restoreTerms(statistics, legacyTerms);
        clusterer = new NarrativeClusterer(settings.clustering(), repository, statistics);
        List<NarrativeState> stored = repository.all();
        clusterer.restore(repository.counters(), stored);
        for (NarrativeState state : stored) {
            if (state.profile().hasUnpublishedChanges()) {
                pending.add(state.id());
            }
        }
        recentAlerts = RecentAlerts.fromBytes(meta.get(RECENT_ALERTS));
        stream = new StreamActivity();
        try (KeyValueIterator<Long, Long> hours = streamStore.all()) {
            while (hours.hasNext()) {
                KeyValue<Long, Long> hour = hours.next();
                stream.volume().add(hour.key * HourlyVolume.hourMillis(), hour.value);
            }
        }
        context.schedule(FLUSH_EVERY, PunctuationType.WALL_CLOCK_TIME, timestamp -> flushPending());
    }

    @Override
    public void process(Record<String, NarrativeCommand> record) {
        if (record.value() instanceof NarrativeCommand.Place place) {
            if (recentPosts.get(place.post().post().postId(), record.timestamp(), settings.dedupeRetention()) != null) {
                counters.duplicate(); // exact de-duplication: a post id seen within the retention goes no further
                return;
            }
            place(place.post(), place.features(), record.timestamp());
        } else if (record.value() instanceof NarrativeCommand.Respond response) {
            respond(response.response());
        }
        repository.flush();
    }

    private void place(EnrichedPost enriched, PostFeatures features, long time) {
        NormalisedPost post = enriched.post();
        String duplicateOf = null;
        NarrativeState original = null;
        if (post.repostOf() != null) {
            original = clusterer.resolve(recentPosts.get(post.repostOf(), time, settings.repostWindow()));
            duplicateOf = original == null ? null : post.repostOf();
        }
        if (original == null && features.fingerprint() != 0) {
            String hit = fingerprints.get(Long.toHexString(features.fingerprint()), time);
            if (hit != null) {
                int split = hit.indexOf('\n');
                original = clusterer.resolve(hit.substring(split + 1));
                duplicateOf = original == null ? null : hit.substring(0, split);
            }
        }
        NarrativeState narrative;
        double similarity = -1;
        boolean created = false;
        NarrativeStatus before;
        if (original != null) {
            before = original.status();
            narrative = clusterer.amplify(original, time);
            counters.amplified();
        } else {
            Assignment assignment = clusterer.assign(features, post.hashtags(), time);
            narrative = assignment.narrative();
            before = assignment.created() ? null : narrative.status();
            similarity = assignment.similarity();
            created = assignment.created();
            if (created) {
                counters.narrativeCreated();
            }
        }
        ProfileUpdater.add(narrative.profile(), enriched, similarity, settings.flagging().harmfulPostThreshold(),
                settings.clustering().placeTags(), time);
        recordStream(time);
        recentPosts.put(post.postId(), narrative.id(), time);
        if (duplicateOf == null && features.fingerprint() != 0) {
            fingerprints.put(Long.toHexString(features.fingerprint()), post.postId() + '\n' + narrative.id(), time);
        }
        context.forward(new Record<>(post.postId(),
                new NarrativeOutput.Placed(scored(enriched, narrative.id(), duplicateOf)), time));
        counters.scored();
        long now = clusterer.counters().clock();
        NarrativeFigures figures = measures.figures(narrative, now, stream, clusterer.openCount());
        Alert alert = flagger.check(narrative, () -> SnapshotBuilder.label(narrative), figures,
                measures.harmMix(narrative), now, recentAlerts, this::alive);
        if (alert != null) {
            meta.put(RECENT_ALERTS, recentAlerts.toBytes());
            context.forward(new Record<>(narrative.id(), new NarrativeOutput.Flagged(alert), now));
            counters.alert();
        }
        narrative.profile().changed();
        boolean due = created || alert != null || before != narrative.status()
                || now - narrative.profile().lastSnapshotAt() >= settings.flagging().snapshotInterval().toMillis();
        if (due) {
            publish(narrative, now);
        } else {
            repository.save(narrative);
            pending.add(narrative.id());
        }
        if (clusterer.maintenanceDue()) {
            maintain(now);
        }
    }

    private void maintain(long now) {
        for (NarrativeState changed : clusterer.maintain()) {
            if (changed.isMerged()) {
                counters.narrativeMerged();
            }
            changed.profile().changed();
            publish(changed, now);
        }
        recentPosts.expire(now);
        fingerprints.expire(now);
        long oldest = HourlyVolume.hourOf(now) - HourlyVolume.HOURS;
        try (KeyValueIterator<Long, Long> old = streamStore.range(0L, oldest)) {
            while (old.hasNext()) {
                streamStore.delete(old.next().key);
            }
        }
    }

    private void respond(ResponseEvent response) {
        counters.response();
        NarrativeState narrative = clusterer.resolve(response.narrativeId());
        if (narrative == null || response.respondedAt() == null) {
            return;
        }
        // A messenger's response is counter-speech by what it is: it counts in the counter-speech share, never in
        // the narrative's harm. The judgement still reads it, so that responses it would take for hate are counted.
        if (response.text() != null && !response.text().isBlank()
                && HarmTask.HATE.score(judge.score(response.text(), response.language())) >= HarmTask.HATE.threshold()) {
            counters.responseJudgedHateful();
        }
        narrative.profile().addResponse(response.respondedAt().toEpochMilli());
        narrative.profile().changed();
        publish(narrative, Math.max(clusterer.counters().clock(), response.respondedAt().toEpochMilli()));
    }

    private void publish(NarrativeState narrative, long now) {
        NarrativeFigures figures = measures.figures(narrative, now, stream, clusterer.openCount());
        context.forward(new Record<>(narrative.id(),
                new NarrativeOutput.Snapshot(snapshots.snapshot(narrative, figures, now)), now));
        narrative.profile().published(now);
        repository.save(narrative);
        pending.remove(narrative.id());
        counters.snapshot();
    }

    /** Publishes every narrative whose latest change has not gone out yet. */
    void flushPending() {
        if (pending.isEmpty()) {
            return;
        }
        long now = clusterer.counters().clock();
        for (String id : List.copyOf(pending)) {
            NarrativeState exact = clusterer.find(id);
            if (exact != null && exact.profile().hasUnpublishedChanges()) {
                publish(exact, now);
            }
            pending.remove(id);
        }
    }

    /** An alerted narrative is alive while it (or the one it was merged into) has not faded. */
    private boolean alive(String narrativeId) {
        NarrativeState state = clusterer.resolve(narrativeId);
        return state != null && state.status() != NarrativeStatus.FADING;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void recordStream(long time) {
        stream.add(time);
        long hour = HourlyVolume.hourOf(time);
        streamStore.put(hour, stream.volume().between(hour, hour));
    }


    private static ScoredPost scored(EnrichedPost enriched, String narrativeId, String duplicateOf) {
        NormalisedPost post = enriched.post();
        return new ScoredPost(SchemaVersion.CURRENT, post.postId(), post.kind(), post.source(), post.url(),
                post.authorPseudonym(), post.text(), post.lang(), post.createdAt(), post.collectedAt(),
                post.neighbourhood(), enriched.entities(), post.urls(), post.hashtags(), enriched.harm(), narrativeId,
                duplicateOf, post.engagement(), post.urlSealed());
    }
}
