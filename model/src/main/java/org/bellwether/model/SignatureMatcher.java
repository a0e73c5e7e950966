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

    public Match match(NarrativeSignature signature, Narrative narrative, Collection<String> narrativeClaims) {
        Set<String> remote = NarrativeSignatures.allTerms(signature);
        Set<String> local = new LinkedHashSet<>();
        narrative.topTerms().forEach(term -> local.add(term.toLowerCase(Locale.ROOT)));
        List<String> common = local.stream().filter(remote::contains).toList();
        double cosine = remote.isEmpty() || local.isEmpty() ? 0
                : common.size() / Math.sqrt((double) remote.size() * local.size());
        Set<String> urls = NarrativeSignatures.urlHashes(narrative);
        int sharedUrls = (int) signature.urlHashes().stream().filter(urls::contains).count();
        int sharedClaims = (int) signature.claimIds().stream().filter(narrativeClaims::contains).count();
        boolean matched = sharedUrls > 0 || sharedClaims > 0
                || (cosine >= minTermCosine && common.size() >= minSharedTerms);
        return new Match(cosine, common, sharedUrls, sharedClaims, matched);
    }
}
