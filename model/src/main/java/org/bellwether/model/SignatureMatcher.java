package org.bellwether.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a local narrative is the one another city shared: the cosine of their top-term sets (binary vectors, the
 * clusterer's measure on the terms both sides keep), shared link hashes and shared debunked claims. A shared link or
 * claim is a match on its own; terms alone must reach {@link #minTermCosine} with at least {@link #minSharedTerms}
 * terms in common. Pure and thread-safe.
 *
 * @param minTermCosine  cosine of the term sets needed without a shared link or claim
 * @param minSharedTerms terms in common needed without a shared link or claim
 */
public record SignatureMatcher(double minTermCosine, int minSharedTerms) {
    /** The shipped thresholds, kept after measuring them on the CrisisLexT26 dev stream (see docs/DATA.md). */
    public static final SignatureMatcher DEFAULT = new SignatureMatcher(0.3, 3);

    /**
     * How a narrative relates to a signature.
     *
     * @param termCosine  cosine of the term sets, in [0, 1]
     * @param sharedTerms the terms in common
     * @param sharedUrls  link hashes in common
     * @param sharedClaims claim ids in common
     * @param matched     whether it counts as the same narrative
     */
    public record Match(double termCosine, List<String> sharedTerms, int sharedUrls, int sharedClaims,
                        boolean matched) {
    }

    /**
     * @param narrativeClaims the debunked claims the local narrative matched (the keys of {@link Narrative#claims()})
     */
    public Match match(NarrativeSignature signature, Narrative narrative, Collection<String> narrativeClaims) {
        Set<String> remote = NarrativeSignatures.allTerms(signature);
        Set<String> local = new LinkedHashSet<>();
        narrative.topTerms().forEach(term -> local.add(term.toLowerCase(Locale.ROOT)));
        List<String> common = local.stream().filter(remote::contains).toList();
        double cosine = remote.isEmpty() || local.isEmpty() ? 0
                : common.size() / Math.sqrt((double) remote.size() * local.size());
        int sharedUrls = shared(signature.urlHashes(), NarrativeSignatures.urlHashes(narrative));
        int sharedClaims = shared(signature.claimIds(), narrativeClaims);
        boolean matched = sharedUrls > 0 || sharedClaims > 0
                || (cosine >= minTermCosine && common.size() >= minSharedTerms);
        return new Match(cosine, common, sharedUrls, sharedClaims, matched);
    }

    /**
     * Compares a signature with one post: only by shared links and debunked claims. Terms never match a single post
     * (a post is too short for the cosine of term sets to mean anything).
     *
     * @param postUrlHashes the hashes of the post's canonical links, as {@link NarrativeSignatures#urlHashes(Collection)}
     *                      makes them (computed once per post, whatever the number of signatures)
     * @param postClaims    the debunked claims the post matched ({@link Harm#debunkedClaims()})
     */
    public Match matchPost(NarrativeSignature signature, Set<String> postUrlHashes, Collection<String> postClaims) {
        int sharedUrls = shared(signature.urlHashes(), postUrlHashes);
        int sharedClaims = shared(signature.claimIds(), postClaims);
        return new Match(0, List.of(), sharedUrls, sharedClaims, sharedUrls > 0 || sharedClaims > 0);
    }

    private static int shared(Collection<String> remote, Collection<String> local) {
        return (int) remote.stream().distinct().filter(local::contains).count();
    }
}
