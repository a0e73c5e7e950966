package org.bellwether.processor.flag;

/**
 * Which sources count for more than one post in flagging, and by how much. A registered partner's observation
 * (source {@code tip:partner:<organisation>}, written only by the api for a signed-in partner with consent) counts
 * as {@value #PARTNER_OBSERVATION_WEIGHT} posts in its narrative's windowed volume, and so in the velocity, burst
 * and posts-per-day the rules read. Every other post and tip counts once. Distinct authors are not touched: an
 * observation has no author, and the rules that ask for several authors still need them from the public stream.
 *
 * <p>The weight is policy, not measured (no labelled set of partner reports exists to choose one): a trusted
 * partner who saw something offline stands for more than one anonymous post, and the weight stays below the
 * smallest posts-per-day minimum of the shipped rules (5), so no single observation flags a narrative on its own;
 * two in a day can. Thread-safe (stateless).
 */
public final class TrustedSources {
    /** How many posts one partner observation counts as. */
    public static final int PARTNER_OBSERVATION_WEIGHT = 3;

    /** The source prefix of partner observations ({@code tip:} plus the channel {@code partner:<organisation>}). */
    public static final String PARTNER_OBSERVATION_PREFIX = "tip:partner:";

    private TrustedSources() {
    }

    /** How many posts a post or tip from this source counts as in a narrative's volume (at least 1). */
    public static int volumeWeight(String source) {
        return isPartnerObservation(source) ? PARTNER_OBSERVATION_WEIGHT : 1;
    }

    /** True for an observation a registered partner submitted. */
    public static boolean isPartnerObservation(String source) {
        return source != null && source.startsWith(PARTNER_OBSERVATION_PREFIX)
                && source.length() > PARTNER_OBSERVATION_PREFIX.length();
    }
}
