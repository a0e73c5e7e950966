package org.bellwether.api.assignments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.model.RepresentativePost;

/**
 * The briefing pack of an assignment, in {@code language} (the messenger's when a translation exists). Post text
 * is untrusted plain text: render it as text.
 */
public record Briefing(UUID assignmentId, String language, boolean rightToLeft, boolean translated,
                       Map<String, String> headings, NarrativeSummary narrative, List<RepresentativePost> posts,
                       List<TalkingPoints> talkingPoints, List<String> dos, List<String> donts, String safetyNote,
                       Instant deadline) {

    /**
     * The narrative in numbers; {@code counterSpeechShare} is the share of its posts (messengers' responses
     * included) that push back against it, in [0, 1].
     */
    public record NarrativeSummary(String narrativeId, String label, List<String> keyClaims,
                                   List<String> categories, Map<String, Long> languages,
                                   Map<String, Long> neighbourhoods, long posts, double velocity,
                                   double counterSpeechShare, Instant firstSeen, Instant lastSeen) {
    }

    /** The talking points of one playbook version. */
    public record TalkingPoints(String category, String language, int version, String title, List<String> points) {
    }
}
