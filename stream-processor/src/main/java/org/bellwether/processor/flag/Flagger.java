package org.bellwether.processor.flag;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bellwether.model.Alert;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.SchemaVersion;
import org.bellwether.processor.cluster.NarrativeProfile;
import org.bellwether.processor.cluster.NarrativeState;

/**
 * Applies the alert rules and says why, in a sentence an officer can read. A narrative alerts at most once per
 * cool-down, except to escalate to a higher severity; a rule that groups related narratives stays silent for a
 * narrative sharing a signature word with one alerted within the related window that is still alive (the officer
 * already follows that story), and for any narrative surfacing within the incident window after an alerted one that
 * is still alive (one incident). Not thread-safe (the recent alerts belong to the narrative task).
 */
public final class Flagger {
    private final FlaggingSettings settings;

    public Flagger(FlaggingSettings settings) {
        this.settings = settings;
    }

    /**
     * The alert to raise now, or null. When an alert is returned it is already remembered in {@code recent} and the
     * narrative's profile.
     */
    public Alert check(NarrativeState state, Supplier<String> label, NarrativeFigures figures,
                       Map<HarmCategory, Double> mix, long now, RecentAlerts recent, Predicate<String> alive) {
        NarrativeProfile profile = state.profile();
        boolean cooling = profile.lastAlertAt() != NarrativeProfile.NONE
                && now - profile.lastAlertAt() < settings.coolDown().toMillis();
        Set<String> signature = null;
        for (AlertRule rule : settings.rules()) {
            int rank = rule.severity().ordinal();
            if (!rule.matches(figures) || (cooling && rank >= profile.lastAlertSeverity())
                    || (rule.once() && profile.alerts() > 0)) {
                continue;
            }
            if (signature == null) {
                signature = RecentAlerts.signature(state);
            }
            if (rule.groupRelated() && profile.alerts() == 0
                    && (recent.related(state.id(), signature, now - settings.relatedWindow().toMillis(), alive)
                    || recent.anyAlive(state.id(), now - settings.incidentWindow().toMillis(), alive))) {
                continue;
            }
            String alertId = state.id() + ":" + (profile.alerts() + 1);
            String name = label.get();
            profile.alerted(now, rank);
            recent.add(state.id(), now, signature, now - settings.relatedWindow().toMillis());
            return new Alert(SchemaVersion.CURRENT, alertId, state.id(), name, rule.name(), rule.severity(),
                    figures.priority(), reason(rule, name, figures, mix), metrics(figures), Instant.ofEpochMilli(now));
        }
        return null;
    }

    static String reason(AlertRule rule, String label, NarrativeFigures figures, Map<HarmCategory, Double> mix) {
        StringBuilder reason = new StringBuilder();
        reason.append('"').append(label).append("\": ")
                .append(figures.metrics().volumeLastDay()).append(" posts in the last 24 h");
        if (figures.metrics().distinctAuthorsLastDay() > 0) {
            reason.append(" from about ").append(figures.metrics().distinctAuthorsLastDay()).append(" authors");
        }
        reason.append(String.format(Locale.ROOT, ", %.1f posts/h against a baseline of %.1f/h (burst %.1f)",
                figures.metrics().velocity(),
                Math.max(figures.metrics().baselineVelocity(), figures.metrics().globalBaseline()),
                figures.metrics().burstScore()));
        if (rule.minShareOfStream() > 0) {
            reason.append(String.format(Locale.ROOT, ", %.0f%% of all posts", figures.shareOfStream() * 100));
        }
        if (figures.harm() > 0) {
            reason.append(String.format(Locale.ROOT, ", harm %.2f", figures.harm()));
            mix.entrySet().stream().filter(e -> e.getKey().isHarm())
                    .max(Map.Entry.comparingByValue())
                    .ifPresent(e -> reason.append(" mostly ").append(e.getKey().wireName()));
        }
        reason.append(" (rule ").append(rule.name()).append(')');
        return reason.toString();
    }

    static Map<String, Double> metrics(NarrativeFigures figures) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("posts_last_hour", (double) figures.metrics().volumeLastHour());
        metrics.put("posts_last_day", (double) figures.metrics().volumeLastDay());
        metrics.put("authors_last_day", (double) figures.metrics().distinctAuthorsLastDay());
        metrics.put("velocity", figures.metrics().velocity());
        metrics.put("baseline_velocity", figures.metrics().baselineVelocity());
        metrics.put("global_baseline", figures.metrics().globalBaseline());
        metrics.put("burst", figures.metrics().burstScore());
        metrics.put("harm", figures.harm());
        metrics.put("share_of_stream", NarrativeMeasures.round(figures.shareOfStream()));
        metrics.put("priority", figures.priority());
        return metrics;
    }
}
