package org.bellwether.api.network;

import org.bellwether.model.NarrativeSignature;

/**
 * What sharing a narrative did: {@code shared} with the signature that went out, or {@code withheld} because too few
 * distinct authors make it up (a small group could be recognised by what it says).
 *
 * @param outcome            {@code shared} or {@code withheld}
 * @param distinctAuthors    the narrative's distinct authors
 * @param minDistinctAuthors the city's threshold
 * @param signature          the signature as shared, or null when withheld
 */
public record ShareResult(String outcome, long distinctAuthors, int minDistinctAuthors,
                          NarrativeSignature signature) {
    public static final String SHARED = "shared";
    public static final String WITHHELD = "withheld";
}
