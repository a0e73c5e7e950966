package org.bellwether.api.intake.tips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two-step consent for SMS: a first message is held (in memory, for at most a day) while the tipster is asked to
 * reply YES / SÍ / OUI / نعم; the reply releases it. Held messages are forgotten on restart, by design: nothing
 * without consent is written anywhere. Thread-safe.
 */
final class SmsConsent {
    private static final Pattern YES = Pattern.compile("(?iu)^\\s*(yes|y|si|sí|oui|o|نعم|موافق)\\s*[.!]?\\s*$");
    private static final Duration HOLD = Duration.ofHours(24);
    private static final int MAX_HELD = 10_000;

    record Held(TipSubmission submission, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Held> held = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > MAX_HELD;
        }
    };

    SmsConsent(Clock clock) {
        this.clock = clock;
    }

    static boolean isYes(String body) {
        return body != null && YES.matcher(body).matches();
    }

    synchronized void hold(String sender, TipSubmission submission) {
        held.put(sender, new Held(submission, clock.instant()));
    }

    /** The held message of this sender, if any and still fresh; it is released (removed). */
    synchronized Held release(String sender) {
        Held found = held.remove(sender);
        if (found == null || found.at().plus(HOLD).isBefore(clock.instant())) {
            return null;
        }
        return found;
    }
}
