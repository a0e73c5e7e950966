package org.bellwether.model;

import java.time.Instant;
import java.util.List;

/**
 * A community tip (topic {@code tips.raw}, key {@link #tipId()}). Only tips given with consent are processed.
 *
 * @param schemaVersion message schema version
 * @param tipId         reference issued to the tipster
 * @param channel       {@code web}, {@code sms}, {@code email} or {@code partner}
 * @param text          what the tipster reported, untrusted
 * @param urls          links the tipster gave (attachments are never stored)
 * @param language      the tipster's language (BCP 47), or null
 * @param neighbourhood the neighbourhood the tip is about, or null
 * @param receivedAt    when the tip arrived
 * @param contactSealed the tipster's contact, sealed by {@link ContactCipher}; never plain text outside the api
 * @param consent       the tipster agreed to the processing of the tip
 */
public record Tip(
        int schemaVersion,
        String tipId,
        String channel,
        String text,
        List<String> urls,
        String language,
        String neighbourhood,
        Instant receivedAt,
        String contactSealed,
        boolean consent) {

    public Tip {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
        urls = urls == null ? List.of() : List.copyOf(urls);
    }
}
