package org.bellwether.model;

import java.time.Instant;

/**
 * A post that matched a saved search (topic {@code search.matches}, key {@link #savedSearchId()}), written exactly
 * once by the monitor step.
 *
 * @param schemaVersion message schema version
 * @param savedSearchId the saved search matched
 * @param postId        the post
 * @param narrativeId   the post's narrative, or null
 * @param postedAt      when the post was made (event time)
 */
public record SearchMatch(int schemaVersion, String savedSearchId, String postId, String narrativeId,
                          Instant postedAt) {

    public SearchMatch {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
    }
}
