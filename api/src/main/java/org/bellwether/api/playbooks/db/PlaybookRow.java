package org.bellwether.api.playbooks.db;

import java.time.Instant;

/** A row of {@code playbooks}; the three lists are JSON arrays of strings. */
public record PlaybookRow(long id, String category, String language, int version, String title,
                         String talkingPoints, String dos, String donts, String safetyNote, String createdBy,
                         Instant createdAt) {
}
