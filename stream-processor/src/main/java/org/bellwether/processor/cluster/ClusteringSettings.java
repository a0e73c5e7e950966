package org.bellwether.processor.cluster;

import java.time.Duration;

/**
 * Parameters of the online narrative clustering. One set for every input; each is explained where it is used and
 * in stream-processor/README.md. Similarities are cosines of TF-IDF vectors, in [0, 1].
 *
 * @param centroidTerms        terms kept in a narrative's centroid (the heaviest ones); bounds memory per narrative
 * @param indexTerms           heaviest centroid terms entered in the inverted index that finds candidate narratives
 * @param minJoinSimilarity    a post never joins a narrative below this similarity
 * @param priorSimilarity      expected similarity of a member to its narrative before the narrative has history
 * @param priorDeviation       expected spread of member similarities before the narrative has history
 * @param priorWeight          how many members' worth of weight the prior keeps (shrinks young narratives' stats)
 * @param joinDeviations       a post joins when its similarity is at least mean − joinDeviations × deviation of
 *                             the narrative's own member similarities (and at least minJoinSimilarity)
 * @param fadeMin              a narrative silent for less than this always stays open
 * @param fadeMax              a narrative silent for longer than this fades, however slow its rhythm was
 * @param fadeGaps             between the two: it fades after this many of its own average gaps between posts
 * @param maintenanceEvery     posts between maintenance passes (fading, absorbing, merging)
 * @param absorbMaxPosts       narratives up to this size are re-examined ("second chance") by maintenance
 * @param absorbMinAgePosts    ... once this many posts have arrived in the stream since they started
 * @param absorbSimilarity     ... and fold into a larger narrative whose centroid is at least this similar
 * @param lastChancePosts      narratives of at most this many posts, and small ones about to fade, get a last
 *                             chance: a post or two that never drew a following is not a narrative of its own
 * @param lastChanceSimilarity ... they fold into the most similar larger narrative at this lower similarity
 * @param mergeSimilarity      two open narratives whose centroids are at least this similar merge
 * @param mergeCoreShare       two open narratives also merge when one term is in at least this share of the posts
 *                             of both (the same place, hashtag or name at the heart of both); 1 disables
 * @param mergeCoreMinPosts    ... provided the smaller one has at least this many posts
 * @param mergeTagSimilarity   two open narratives also merge when the hashtags of their posts are at least this
 *                             alike (cosine of the hashtag counts), and the second and last chance compare by the
 *                             larger of the centroid and hashtag cosines: posts collected under one event's hashtags
 *                             whose words differ (languages, aspects); above 1 disables
 * @param mergeTagMinPosts     ... provided the smaller one has at least this many posts
 * @param mergeTagShare        ... and hashtags speak for a narrative, in merging and in the second and last chance,
 *                             only when at least this share of its posts carried a story hashtag (one that is not a
 *                             place tag): a narrative where a few posts of a story carry its hashtags is not that
 *                             story, however alike the mix of those few hashtags is; 0 disables
 * @param reviveTagShare       a post that joins no open narrative revives a faded one (of at least
 *                             {@code mergeTagMinPosts} posts) instead of starting a narrative when one of its hashtags
 *                             was on at least this share of that narrative's posts: the story resurfacing; above 1
 *                             disables
 * @param reviveWithin         ... provided the narrative's last post is at most this old; older faded narratives are
 *                             forgotten (bounded memory)
 * @param reviveSilence        a post that joins no open narrative and revives none by hashtag joins a faded narrative
 *                             (of at least {@code mergeTagMinPosts} posts, within {@code reviveWithin}) whose own join
 *                             threshold it clears, while that narrative has been silent for at most this many times the
 *                             silence it was allowed before fading: a story back after a lull, told in its old words;
 *                             at most 1 disables
 * @param maxVocabulary        distinct terms with a document frequency; beyond it all frequencies are halved and
 *                             the rarest terms forgotten (the IDF forgets slowly instead of growing forever)
 * @param placeTags            hashtags that name the city or its places ({@link PlaceTags}): shared by every local
 *                             story, they count neither towards merging by hashtags nor towards reviving (they stay
 *                             in a narrative's hashtags); none by default, the city's from
 *                             {@code ProcessorSettings.forCity}
 */
public record ClusteringSettings(
        int centroidTerms,
        int indexTerms,
        double minJoinSimilarity,
        double priorSimilarity,
        double priorDeviation,
        double priorWeight,
        double joinDeviations,
        Duration fadeMin,
        Duration fadeMax,
        double fadeGaps,
        int maintenanceEvery,
        int absorbMaxPosts,
        int absorbMinAgePosts,
        double absorbSimilarity,
        int lastChancePosts,
        double lastChanceSimilarity,
        double mergeSimilarity,
        double mergeCoreShare,
        int mergeCoreMinPosts,
        double mergeTagSimilarity,
        int mergeTagMinPosts,
        double mergeTagShare,
        double reviveTagShare,
        Duration reviveWithin,
        double reviveSilence,
        int maxVocabulary,
        PlaceTags placeTags) {

    /** The shipped {@link #mergeTagShare()}: hashtags on one post in five, the share at a narrative's heart. */
    static final double MERGE_TAG_SHARE = 0.2;
    /** The shipped {@link #reviveSilence()}: revivable by words for half as long again as it could be silent. */
    static final double REVIVE_SILENCE = 1.5;

    /** Settings without place tags, with the shipped {@link #mergeTagShare()} and {@link #reviveSilence()}. */
    public ClusteringSettings(int centroidTerms, int indexTerms, double minJoinSimilarity, double priorSimilarity,
                              double priorDeviation, double priorWeight, double joinDeviations, Duration fadeMin,
                              Duration fadeMax, double fadeGaps, int maintenanceEvery, int absorbMaxPosts,
                              int absorbMinAgePosts, double absorbSimilarity, int lastChancePosts,
                              double lastChanceSimilarity, double mergeSimilarity, double mergeCoreShare,
                              int mergeCoreMinPosts, double mergeTagSimilarity, int mergeTagMinPosts,
                              double reviveTagShare, Duration reviveWithin, int maxVocabulary) {
        this(centroidTerms, indexTerms, minJoinSimilarity, priorSimilarity, priorDeviation, priorWeight,
                joinDeviations, fadeMin, fadeMax, fadeGaps, maintenanceEvery, absorbMaxPosts, absorbMinAgePosts,
                absorbSimilarity, lastChancePosts, lastChanceSimilarity, mergeSimilarity, mergeCoreShare,
                mergeCoreMinPosts, mergeTagSimilarity, mergeTagMinPosts, MERGE_TAG_SHARE, reviveTagShare, reviveWithin,
                REVIVE_SILENCE, maxVocabulary, PlaceTags.none());
    }

    public ClusteringSettings {
        placeTags = placeTags == null ? PlaceTags.none() : placeTags;
        if (centroidTerms < indexTerms || indexTerms < 1) {
            throw new IllegalArgumentException("need 1 <= indexTerms <= centroidTerms");
        }
        if (maintenanceEvery < 1) {
            throw new IllegalArgumentException("maintenanceEvery must be positive");
        }
        if (fadeMin.compareTo(fadeMax) > 0) {
            throw new IllegalArgumentException("fadeMin must not exceed fadeMax");
        }
    }

    /** The shipped settings, the same for every input (see README for how each was chosen). */
    public static ClusteringSettings defaults() {
        return new ClusteringSettings(
                150, 30,
                0.10, 0.35, 0.10, 5.0, 1.5,
                Duration.ofHours(12), Duration.ofDays(7), 20.0,
                100, 8, 50, 0.12, 2, 0.06,
                0.25, 1.0, 20,
                0.15, 5, MERGE_TAG_SHARE,
                0.2, Duration.ofDays(7), REVIVE_SILENCE,
                2_000_000, PlaceTags.none());
    }

    /** These settings with the city's place tags. */
    public ClusteringSettings withPlaceTags(PlaceTags value) {
        return new ClusteringSettings(centroidTerms, indexTerms, minJoinSimilarity, priorSimilarity, priorDeviation,
                priorWeight, joinDeviations, fadeMin, fadeMax, fadeGaps, maintenanceEvery, absorbMaxPosts,
                absorbMinAgePosts, absorbSimilarity, lastChancePosts, lastChanceSimilarity, mergeSimilarity,
                mergeCoreShare, mergeCoreMinPosts, mergeTagSimilarity, mergeTagMinPosts, mergeTagShare, reviveTagShare,
                reviveWithin, reviveSilence, maxVocabulary, value);
    }

    public long fadeMinMillis() {
        return fadeMin.toMillis();
    }

    public long fadeMaxMillis() {
        return fadeMax.toMillis();
    }
}
