package org.bellwether.api.intake.tips;

import java.util.List;

/**
 * A tip as a channel received it, before validation. The contact is plain here and only here: the intake seals
 * it before anything leaves.
 *
 * @param channel       {@code web}, {@code sms}, {@code email} or {@code partner}
 * @param text          what the tipster reports
 * @param urls          links the tipster gave (attachments are never taken, only their links)
 * @param language      the tipster's language, {@code en}, {@code es}, {@code fr} or {@code ar}
 * @param neighbourhood a neighbourhood name, or null
 * @param contact       how to reach the tipster, or null to stay anonymous
 * @param consent       the tipster explicitly agreed to the processing
 * @param honeypot      the hidden form field; a person leaves it empty
 */
public record TipSubmission(String channel, String text, List<String> urls, String language, String neighbourhood,
                            String contact, boolean consent, String honeypot) {
    public TipSubmission {
        urls = urls == null ? List.of() : List.copyOf(urls);
    }
}
