package org.bellwether.api.network;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.bellwether.model.NarrativeSignature;

/** The one readable sentence about where else a narrative was seen and what answered it there. Pure. */
public final class NetworkSummary {
    private NetworkSummary() {
    }

    /**
     * E.g. "Seen in lyon 3 days ago, in 4 languages; their response cut its velocity by 40% (playbook “Dam safety
     * facts”, misinformation/en v3)."
     */
    public static String sentence(NarrativeSignature signature, Instant now) {
        StringBuilder text = new StringBuilder("Seen in ").append(signature.city()).append(' ');
        long days = signature.firstSeen() == null ? -1 : Duration.between(signature.firstSeen(), now).toDays();
        text.append(days < 0 ? "earlier" : days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago");
        int languages = signature.languages().size();
        text.append(", in ").append(languages).append(languages == 1 ? " language" : " languages");
        NarrativeSignature.SharedPlaybook playbook = signature.playbook();
        if (playbook == null) {
            text.append("; no response outcome shared.");
            return text.toString();
        }
        Double change = playbook.change();
        if (change == null) {
            text.append("; they responded, effect not measured yet");
        } else if (change <= 0) {
            text.append(String.format(Locale.ROOT, "; their response cut its velocity by %.0f%%", -change * 100));
        } else {
            text.append(String.format(Locale.ROOT, "; its velocity rose by %.0f%% after their response",
                    change * 100));
        }
        text.append(" (playbook \u201c").append(playbook.title()).append("\u201d, ").append(playbook.category())
                .append('/').append(playbook.language()).append(" v").append(playbook.version()).append(").");
        return text.toString();
    }
}
