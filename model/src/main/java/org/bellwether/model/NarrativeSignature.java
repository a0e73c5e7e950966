package org.bellwether.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a city shares about one of its narratives with other cities (topic {@code network.signatures.<city>}, key
 * {@code city:narrativeId}): enough to recognise the narrative elsewhere and to learn from the response, and nothing
 * about people. It carries no post text, no author or pseudonym, no tip or contact, no place finer than the city:
 * terms, hashes of links, claim ids, category scores, languages, times and rates, and the city's own playbook.
 * {@link NarrativeSignatures#of} is the only way the product builds one.
 *
 * @param schemaVersion message schema version
 * @param city          the sharing city's network name (its principal on the network cluster)
 * @param narrativeId   the narrative's id in the sharing city
 * @param topTerms      most characteristic terms per language (ISO 639-1), best first; {@code *} for terms seen in
 *                      no single language's sample
 * @param urlHashes     SHA-256 (lower-case hex) of the narrative's most shared canonical links
 * @param claimIds      ids of the debunked claims the narrative matched, if any
 * @param harm          mean score per harm category, in [0, 1]
 * @param languages     the narrative's languages, most posts first
 * @param firstSeen     event time of the narrative's first post
 * @param peakVelocity  the highest rate observed, posts per hour
 * @param playbook      the playbook the city responded with and the velocity before and after, or null
 * @param sharedAt      when the city shared it
 * @param signature     Ed25519 signature (base64) of {@link NarrativeSignatures#canonicalBytes} by the city's key
 */
public record NarrativeSignature(
        int schemaVersion,
        String city,
        String narrativeId,
        Map<String, List<String>> topTerms,
        List<String> urlHashes,
        List<String> claimIds,
        Map<HarmCategory, Double> harm,
        List<String> languages,
        Instant firstSeen,
        double peakVelocity,
        SharedPlaybook playbook,
        Instant sharedAt,
        String signature) {

    public NarrativeSignature {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
        topTerms = topTerms == null ? Map.of() : copyTerms(topTerms);
        urlHashes = urlHashes == null ? List.of() : List.copyOf(urlHashes);
        claimIds = claimIds == null ? List.of() : List.copyOf(claimIds);
        harm = harm == null ? Map.of() : Map.copyOf(harm);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** The Kafka key: {@code city:narrativeId}. */
    public String key() {
        return city + ":" + narrativeId;
    }

    /** The same signature with another signature value (null for the unsigned form). */
    public NarrativeSignature withSignature(String value) {
        return new NarrativeSignature(schemaVersion, city, narrativeId, topTerms, urlHashes, claimIds, harm,
                languages, firstSeen, peakVelocity, playbook, sharedAt, value);
    }

    private static Map<String, List<String>> copyTerms(Map<String, List<String>> terms) {
        Map<String, List<String>> copy = new TreeMap<>();
        terms.forEach((language, list) -> copy.put(language, list == null ? List.of() : List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The playbook a city answered a narrative with, as its library holds it, and what followed.
     *
     * @param category       harm category wire name or {@code general}
     * @param language       language of the talking points
     * @param version        the library version used
     * @param title          title
     * @param talkingPoints  approved talking points
     * @param dos            do's
     * @param donts          don'ts
     * @param safetyNote     safety note, or null
     * @param velocityBefore posts per hour in the window before the first response, or null when not measured
     * @param velocityAfter  posts per hour in the equal window after, or null
     */
    public record SharedPlaybook(String category, String language, int version, String title,
                                 List<String> talkingPoints, List<String> dos, List<String> donts, String safetyNote,
                                 Double velocityBefore, Double velocityAfter) {
        public SharedPlaybook {
            talkingPoints = talkingPoints == null ? List.of() : List.copyOf(talkingPoints);
            dos = dos == null ? List.of() : List.copyOf(dos);
            donts = donts == null ? List.of() : List.copyOf(donts);
        }

        /** Relative change of velocity, (after − before) / before; null when not measured or before is 0. */
        public Double change() {
            if (velocityBefore == null || velocityAfter == null || velocityBefore == 0) {
                return null;
            }
            return (velocityAfter - velocityBefore) / velocityBefore;
        }
    }
}
