package org.bellwether.model;

import java.time.Instant;

/**
 * A credible messenger's recorded response (topic {@code responses}, key {@link #narrativeId()}), published by
 * the api; the stream processor uses it to measure velocity before and after.
 *
 * @param schemaVersion  message schema version
 * @param responseId     unique id
 * @param narrativeId    the narrative answered
 * @param assignmentId   the assignment it completes
 * @param channel        where the messenger answered (platform, radio, in person, ...)
 * @param language       language of the response, or null
 * @param respondedAt    when the messenger answered
 * @param estimatedReach people reached, as the messenger estimates it, or null
 * @param text           what the messenger said or did, as recorded, or null: the stream processor judges it with the
 *                       harm judgement and counts it as counter-speech in the narrative, never as hate
 */
public record ResponseEvent(
        int schemaVersion,
        String responseId,
        String narrativeId,
        String assignmentId,
        String channel,
        String language,
        Instant respondedAt,
        Long estimatedReach,
        String text) {

    public ResponseEvent {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
    }
}
