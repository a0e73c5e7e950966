package org.bellwether.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A record that could not be processed (topic {@code posts.dlq}, key: the original key). Nothing malformed is
 * dropped silently: the original bytes travel with the reason.
 *
 * @param schemaVersion  message schema version
 * @param sourceTopic    topic the record came from
 * @param partition      its partition, or null when unknown
 * @param offset         its offset, or null when unknown
 * @param key            the original key as text, or null
 * @param originalBase64 the original value bytes, base64
 * @param reason         why it was rejected, readable
 * @param stage          the step that rejected it, e.g. {@code validate}
 * @param failedAt       when (wall-clock)
 */
public record DeadLetter(
        int schemaVersion,
        String sourceTopic,
        Integer partition,
        Long offset,
        String key,
        String originalBase64,
        String reason,
        String stage,
        Instant failedAt) {

    public DeadLetter {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
    }

    public static DeadLetter of(String sourceTopic, Integer partition, Long offset, String key, byte[] original,
                                String reason, String stage, Instant failedAt) {
        String encoded = original == null ? null : Base64.getEncoder().encodeToString(original);
        return new DeadLetter(SchemaVersion.CURRENT, sourceTopic, partition, offset, key, encoded, reason, stage,
                failedAt);
    }

    /** The original bytes, or an empty array when there were none. */
    public byte[] originalBytes() {
        return originalBase64 == null ? new byte[0] : Base64.getDecoder().decode(originalBase64);
    }

    /** The original bytes read as UTF-8, for inspection. */
    public String originalText() {
        return new String(originalBytes(), StandardCharsets.UTF_8);
    }
}
