package org.bellwether.api.playbooks;

import java.time.Instant;
import java.util.List;

/** One version of a playbook. */
public record PlaybookView(long id, String category, String language, int version, String title,
                           List<String> talkingPoints, List<String> dos, List<String> donts, String safetyNote,
                           String createdBy, Instant createdAt) {

    public static PlaybookView of(Playbook playbook) {
        return new PlaybookView(playbook.id(), playbook.category(), playbook.language(), playbook.version(),
                playbook.title(), playbook.talkingPoints(), playbook.dos(), playbook.donts(), playbook.safetyNote(),
                playbook.createdBy(), playbook.createdAt());
    }
}
