package org.bellwether.api.partners;

import java.time.Instant;
import java.util.List;

/**
 * A partner beyond the messengers: a teacher, faith leader, youth, social or health worker, or a community
 * organisation, who gets heads-ups and may report what they observe. The contact stays sealed.
 *
 * @param consentAt when the partner's consent was recorded, or null without consent
 * @param username  the partner's own account (role {@code partner}), or null
 */
public record Partner(long id, String organisation, String kind, List<String> languages, List<String> neighbourhoods,
                      List<String> communities, boolean consent, Instant consentAt, String contactSealed,
                      Long userId, String username, boolean active, Instant createdAt, Instant updatedAt) {
    public static final List<String> KINDS = List.of("teacher", "faith_leader", "youth_worker", "social_worker",
            "health_worker", "community_organisation", "other");

    public Partner {
        languages = List.copyOf(languages);
        neighbourhoods = List.copyOf(neighbourhoods);
        communities = List.copyOf(communities);
    }

    /** The first of the partner's languages, the one heads-ups are written in; English without any. */
    public String language() {
        return languages.isEmpty() ? "en" : languages.get(0);
    }
}
