package org.bellwether.api.playbooks;

import java.time.Instant;
import java.util.List;
import org.bellwether.api.playbooks.db.PlaybookRow;
import org.bellwether.model.Json;

/** One version of a playbook. */
public record PlaybookView(long id, String category, String language, int version, String title,
                           List<String> talkingPoints, List<String> dos, List<String> donts, String safetyNote,
                           String createdBy, Instant createdAt) {

    @SuppressWarnings("unchecked")
    public static PlaybookView of(PlaybookRow row) {
        return new PlaybookView(row.id(), row.category(), row.language(), row.version(), row.title(),
                Json.read(row.talkingPoints(), List.class), Json.read(row.dos(), List.class),
                Json.read(row.donts(), List.class), row.safetyNote(), row.createdBy(), row.createdAt());
    }
}
