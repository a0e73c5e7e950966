package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.RepresentativePost;

/**
 * What a narrative is made of, beyond its centroid: languages, places, hashtags, links and entities; the debunked
 * claims its posts matched; harm sums;
 * reach; distinct authors (as HyperLogLog sketches of pseudonyms, never the pseudonyms); hourly volume; a few
 * representative posts; responses and alert bookkeeping. Not thread-safe.
 */
public final class NarrativeProfile {
    /** Representative posts kept: the first one and the ones closest to the centre. */
    public static final int REPRESENTATIVES = 3;
    static final int AUTHOR_PRECISION = 8;
    static final int SLOT_PRECISION = 6;
    static final int SLOTS = 4;
    static final long SLOT_MILLIS = 6 * 3_600_000L;
    public static final long NONE = Long.MIN_VALUE;
    /**
     * Debunked claims counted per narrative: more than the shipped patterns have ids, so every count is exact (a
     * bounded count lets a new key inherit the count of the one it replaces, and a claim matched once could then
     * pass the two posts a network signature asks for). A city that adds patterns beyond this keeps the most matched.
     */
    public static final int CLAIMS = 64;

    final CountMap languages = new CountMap(16);
    final CountMap neighbourhoods = new CountMap(32);
    final CountMap hashtags = new CountMap(32);
    final CountMap urls = new CountMap(32);
    final CountMap entities = new CountMap(32);
    final CountMap claims = new CountMap(CLAIMS);
    final double[] harmSums = new double[HarmCategory.values().length];
    double overallHarmSum;
    int harmfulPosts;
    int counterSpeechPosts;
    /** Posts that carried a hashtag other than the city's place tags (a story hashtag). */
    int storyTaggedPosts;
    long engagement;
    final Hll authors;
    final Hll[] recentAuthors = new Hll[SLOTS];
    final long[] recentSlots = new long[SLOTS];
    final HourlyVolume volume = new HourlyVolume();
    final List<Representative> representatives = new ArrayList<>();
    long firstResponseAt = NONE;
    int responses;
    long lastAlertAt = NONE;
    int alerts;
    /** Severity rank of the last alert (0 = critical … 3 = low), or -1 when none. */
    int lastAlertSeverity = -1;
    long lastSnapshotAt = NONE;
    long version;
    long emittedVersion;

    /** A representative post and how close it was to the centre when it joined. */
    public record Representative(RepresentativePost post, double similarity) {
    }

    NarrativeProfile() {
        this(new Hll(AUTHOR_PRECISION));
        for (int i = 0; i < SLOTS; i++) {
            recentAuthors[i] = new Hll(SLOT_PRECISION);
            recentSlots[i] = NONE;
        }
    }

    NarrativeProfile(Hll authors) {
        this.authors = authors;
    }

    /** Counts one author pseudonym (by its hash) at an event time. */
    public void addAuthor(long authorHash, long time) {
        authors.add(authorHash);
        long slot = Math.floorDiv(time, SLOT_MILLIS);
        int index = (int) Math.floorMod(slot, (long) SLOTS);
        if (recentSlots[index] != slot) {
            if (recentSlots[index] != NONE && recentSlots[index] > slot) {
                return;
            }
            recentAuthors[index].clear();
            recentSlots[index] = slot;
        }
        recentAuthors[index].add(authorHash);
    }

    public long distinctAuthors() {
        return authors.estimate();
    }

    /** Distinct authors in the last 24 hours (four six-hour slots) before {@code now}. */
    public long distinctAuthorsLastDay(long now) {
        long current = Math.floorDiv(now, SLOT_MILLIS);
        Hll union = new Hll(SLOT_PRECISION);
        boolean any = false;
        for (int i = 0; i < SLOTS; i++) {
            if (recentSlots[i] != NONE && recentSlots[i] > current - SLOTS && recentSlots[i] <= current) {
                union.merge(recentAuthors[i]);
                any = true;
            }
        }
        return any ? union.estimate() : 0;
    }

    public void addHarm(HarmCategory category, double score) {
        harmSums[category.ordinal()] += score;
    }

    public void addOverallHarm(double overall, double harmfulAt) {
        overallHarmSum += overall;
        if (overall >= harmfulAt) {
            harmfulPosts++;
        }
    }

    /**
     * Counts one post's hashtags (lower-case, without {@code #}), and the post as story-tagged when one of them is not
     * a place tag.
     */
    public void addHashtags(Iterable<String> tags, PlaceTags places) {
        boolean story = false;
        for (String tag : tags) {
            hashtags.add(tag, 1);
            story |= !places.contains(tag);
        }
        if (story) {
            storyTaggedPosts++;
        }
    }

    /**
     * The share of the narrative's {@code posts} that carried a story hashtag (one that is not a place tag), in
     * [0, 1]; 0 for a narrative without posts.
     */
    public double storyTagShare(long posts) {
        return posts <= 0 ? 0.0 : Math.min(1.0, (double) storyTaggedPosts / posts);
    }

    /** Counts one post judged counter-speech. */
    public void addCounterSpeech() {
        counterSpeechPosts++;
    }

    /**
     * The share of the narrative judged counter-speech: posts judged so plus messengers' recorded responses (each a
     * piece of counter-speech, never hate), over posts plus responses.
     */
    public double counterSpeechShare(long posts) {
        long all = posts + responses;
        return all == 0 ? 0.0 : Math.min(1.0, (double) (counterSpeechPosts + responses) / all);
    }

    /** Keeps the first post and the closest ones; the list stays ordered first-then-closest. */
    public void offerRepresentative(RepresentativePost post, double similarity) {
        if (representatives.stream().anyMatch(r -> r.post().postId().equals(post.postId()))) {
            return;
        }
        representatives.add(new Representative(post, similarity));
        if (representatives.size() > REPRESENTATIVES) {
            Representative first = representatives.get(0);
            List<Representative> rest = new ArrayList<>(representatives.subList(1, representatives.size()));
            rest.sort(Comparator.comparingDouble(Representative::similarity).reversed()
                    .thenComparing(r -> r.post().postId()));
            representatives.clear();
            representatives.add(first);
            representatives.addAll(rest.subList(0, REPRESENTATIVES - 1));
        }
    }

    /** Folds another narrative's profile into this one (a merge). */
    void absorb(NarrativeProfile other) {
        languages.addAll(other.languages);
        neighbourhoods.addAll(other.neighbourhoods);
        hashtags.addAll(other.hashtags);
        urls.addAll(other.urls);
        entities.addAll(other.entities);
        claims.addAll(other.claims);
        for (int i = 0; i < harmSums.length; i++) {
            harmSums[i] += other.harmSums[i];
        }
        overallHarmSum += other.overallHarmSum;
        harmfulPosts += other.harmfulPosts;
        counterSpeechPosts += other.counterSpeechPosts;
        storyTaggedPosts += other.storyTaggedPosts;
        engagement += other.engagement;
        authors.merge(other.authors);
        for (int i = 0; i < SLOTS; i++) {
            if (other.recentSlots[i] == NONE) {
                continue;
            }
            if (recentSlots[i] == other.recentSlots[i]) {
                recentAuthors[i].merge(other.recentAuthors[i]);
            } else if (recentSlots[i] == NONE || recentSlots[i] < other.recentSlots[i]) {
                recentAuthors[i].clear();
                recentAuthors[i].merge(other.recentAuthors[i]);
                recentSlots[i] = other.recentSlots[i];
            }
        }
        volume.addAll(other.volume);
        for (Representative representative : other.representatives) {
            offerRepresentative(representative.post(), representative.similarity());
        }
        if (other.firstResponseAt != NONE && (firstResponseAt == NONE || other.firstResponseAt < firstResponseAt)) {
            firstResponseAt = other.firstResponseAt;
        }
        responses += other.responses;
    }

    public CountMap languages() {
        return languages;
    }

    public CountMap neighbourhoods() {
        return neighbourhoods;
    }

    public CountMap hashtags() {
        return hashtags;
    }

    public CountMap urls() {
        return urls;
    }

    public CountMap entities() {
        return entities;
    }

    /** Posts per matched debunked claim id. */
    public CountMap claims() {
        return claims;
    }

    public HourlyVolume volume() {
        return volume;
    }

    public List<Representative> representatives() {
        return representatives;
    }

    public double[] harmSums() {
        return harmSums;
    }

    public double overallHarmSum() {
        return overallHarmSum;
    }

    public int harmfulPosts() {
        return harmfulPosts;
    }

    public long engagement() {
        return engagement;
    }

    public void addEngagement(long amount) {
        engagement += Math.max(0, amount);
    }

    public long firstResponseAt() {
        return firstResponseAt;
    }

    public int responses() {
        return responses;
    }

    /** Records a messenger's response at an event time. */
    public void addResponse(long time) {
        responses++;
        if (firstResponseAt == NONE || time < firstResponseAt) {
            firstResponseAt = time;
        }
    }

    public long lastAlertAt() {
        return lastAlertAt;
    }

    public int alerts() {
        return alerts;
    }

    /** Severity rank of the last alert (0 = critical … 3 = low), or -1 when none. */
    public int lastAlertSeverity() {
        return lastAlertSeverity;
    }

    public void alerted(long time, int severityRank) {
        alerts++;
        lastAlertAt = time;
        lastAlertSeverity = severityRank;
    }

    public long lastSnapshotAt() {
        return lastSnapshotAt;
    }

    public long version() {
        return version;
    }

    /** Marks a change that a snapshot must eventually publish. */
    public void changed() {
        version++;
    }

    public boolean hasUnpublishedChanges() {
        return version > emittedVersion;
    }

    public void published(long time) {
        emittedVersion = version;
        lastSnapshotAt = time;
    }
}
