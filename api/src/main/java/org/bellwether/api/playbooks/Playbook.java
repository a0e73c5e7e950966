package org.bellwether.api.playbooks;

import java.time.Instant;
import java.util.List;

/** One version of a playbook: what messengers may say about a harm category in one language. */
public record Playbook(long id, String category, String language, int version, String title,
                       List<String> talkingPoints, List<String> dos, List<String> donts, String safetyNote,
                       String createdBy, Instant createdAt) {
}
