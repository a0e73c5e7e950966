package org.bellwether.api.network;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.NarrativeSignature;

/**
 * A local narrative's match with another city's signature, as the narrative page shows it.
 *
 * @param id                 the match id (to import the playbook)
 * @param city               the other city
 * @param remoteNarrativeId  the narrative's id there
 * @param summary            "Seen in … N days ago, in K languages; their response cut its velocity by X% (…)"
 * @param firstSeen          first seen there
 * @param languages          its languages there
 * @param peakVelocity       its peak velocity there, posts per hour
 * @param harm               category scores there
 * @param velocityChange     relative velocity change after their response, or null
 * @param playbook           their playbook, or null
 * @param sharedTerms        terms in common
 * @param sharedUrls         links in common
 * @param claimIds           the debunked claims its signature carries (ids of well-known public claims)
 * @param sharedClaims       debunked claims in common
 * @param termCosine         cosine of the term sets
 * @param earlyWarning       the match came before this city flagged the narrative
 * @param matchedAt          when
 * @param playbookImportedAt when an officer imported their playbook, or null
 */
public record NetworkMatchView(long id, String city, String remoteNarrativeId, String summary, Instant firstSeen,
                               List<String> languages, double peakVelocity, Map<HarmCategory, Double> harm,
                               Double velocityChange, NarrativeSignature.SharedPlaybook playbook,
                               List<String> sharedTerms, int sharedUrls, List<String> claimIds, int sharedClaims,
                               double termCosine, boolean earlyWarning,
                               Instant matchedAt, Instant playbookImportedAt) {
}
