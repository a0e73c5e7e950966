package org.bellwether.ops.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.model.Alert;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RepresentativePost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Severity;
import org.bellwether.model.VolumeBucket;

/**
 * Port Lucena's demo narratives for the browser tests, as the processor would publish them: snapshots, scored posts
 * and tips for the search replica, and alerts for the triage queue. Times are relative to {@code now}, so the map's
 * default period covers them. One narrative and some posts and tips carry the {@link XssCorpus}.
 */
final class DemoFixture {
    static final String WATER = "n-water";
    static final String SHELTER = "n-shelter";
    static final String CONSPIRACY = "n-council";
    static final String MAYOR = "n-mayor";
    static final String HOSTILE = "n-hostile";

    record Story(String id, String label, HarmCategory category, Severity severity, double priority,
                 Map<String, List<String>> textsByLanguage, List<String> neighbourhoods, int onsetHoursAgo) {
    }

    static final List<Story> STORIES = List.of(
            new Story(WATER, "Poisoned tap water rumour after the depot fire", HarmCategory.MISINFORMATION,
                    Severity.HIGH, 0.91, Map.of(
                    "en", List.of("They are hiding it: the tap water in Riverside is poisoned since the depot fire",
                            "Do not drink the tap water, the fire put chemicals in the reservoir"),
                    "es", List.of("No bebáis el agua del grifo, el incendio envenenó el depósito"),
                    "fr", List.of("L'eau du robinet est empoisonnée depuis l'incendie du dépôt, ne la buvez pas"),
                    "ar", List.of("مياه الصنبور مسمومة منذ حريق المستودع")),
                    List.of("Riverside", "Canal Quarter", "Old Harbour"), 60),
            new Story(SHELTER, "Claims about the new shelter in Saint-Roch", HarmCategory.HATE_MIGRANTS,
                    Severity.CRITICAL, 0.88, Map.of(
                    "en", List.of("The new shelter brings crime to Saint-Roch, migrants do not belong here",
                            "Migrants at the shelter get everything while we get nothing"),
                    "fr", List.of("Le nouveau foyer de Saint-Roch attire les migrants, ils n'ont rien à faire ici"),
                    "es", List.of("El albergue de Saint-Roch solo trae problemas con los migrantes")),
                    List.of("Saint-Roch", "Eastgate"), 50),
            new Story(CONSPIRACY, "Council rents are controlled by a secret group", HarmCategory.HATE_RELIGION,
                    Severity.MEDIUM, 0.64, Map.of(
                    "en", List.of("The council rents are controlled by a secret group, everyone knows who"),
                    "fr", List.of("Les loyers du conseil sont contrôlés en secret")),
                    List.of("Millbrook", "Northfield"), 36),
            new Story(MAYOR, "Calls to go to the mayor's home", HarmCategory.THREAT, Severity.CRITICAL, 0.95, Map.of(
                    "en", List.of("Everyone to the mayor's house tonight, make her answer for the water"),
                    "es", List.of("Todos a la casa de la alcaldesa esta noche")),
                    List.of("Ferry Hill", "Old Harbour"), 20));

    final Instant now;
    final List<Narrative> narratives = new ArrayList<>();
    final List<ScoredPost> posts = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();

    DemoFixture(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
        STORIES.forEach(this::story);
        hostile();
        chatterAndTips();
    }

    private void story(Story story) {
        List<RepresentativePost> representatives = new ArrayList<>();
        Map<String, Long> languages = new LinkedHashMap<>();
        Map<String, Long> places = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, List<String>> entry : story.textsByLanguage().entrySet()) {
            for (String text : entry.getValue()) {
                for (int copy = 0; copy < 4; copy++) {
                    String neighbourhood = story.neighbourhoods().get(count % story.neighbourhoods().size());
                    Instant at = now.minus(Duration.ofMinutes(30L * (count + 1)));
                    String postId = "demo:" + story.id() + "-" + count;
                    posts.add(post(postId, "post", "demo", text + (copy == 0 ? "" : " #" + copy), entry.getKey(), at,
                            neighbourhood, story.category(), 0.7 + 0.05 * (copy % 3), story.id()));
                    if (copy == 0) {
                        representatives.add(new RepresentativePost(postId, text, entry.getKey(),
                                "anon-" + Integer.toHexString((story.id() + count).hashCode()), null, at));
                    }
                    languages.merge(entry.getKey(), 1L, Long::sum);
                    places.merge(neighbourhood, 1L, Long::sum);
                    count++;
                }
            }
        }
        narratives.add(narrative(story.id(), story.label(), List.of("water", "fire", "shelter"), List.of("Port Lucena"),
                List.of("portlucena"), List.of("https://news.example/port-lucena/" + story.id()), representatives,
                languages, places, Map.of(story.category(), 0.74, HarmCategory.OFFENSIVE, 0.2), story.priority(),
                count, story.onsetHoursAgo()));
        alerts.add(new Alert(SchemaVersion.CURRENT, "alert-" + story.id(), story.id(), story.label(), "burst",
                story.severity(), story.priority(), "Volume rose to " + (count / 2) + " posts an hour, "
                + "four times its baseline, with harm above 0.7", Map.of("velocity", count / 2.0),
                now.minus(Duration.ofHours(story.onsetHoursAgo() / 2))));
    }

    private void hostile() {
        List<String> payloads = XssCorpus.PAYLOADS;
        List<RepresentativePost> representatives = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String postId = "demo:hostile-" + i;
            Instant at = now.minus(Duration.ofMinutes(20L * (i + 1)));
            posts.add(post(postId, "post", "mastodon:social.example", "hostile " + payloads.get(i), "en", at,
                    "Eastgate", HarmCategory.THREAT, 0.8, HOSTILE));
            if (i < 12) {
                representatives.add(new RepresentativePost(postId, payloads.get(i), "en",
                        "<b onmouseover=window.__pwned=1>anon</b>", XssCorpus.URLS.get(i % XssCorpus.URLS.size()), at));
            }
        }
        narratives.add(narrative(HOSTILE, "hostile <img src=x onerror=\"window.__pwned='label'\"> label",
                List.of("<script>window.__pwned='term'</script>", "hostile"),
                List.of("<svg onload=window.__pwned='entity'>"), List.of("<i>tag</i>"), XssCorpus.URLS,
                representatives, Map.of("en", (long) payloads.size()), Map.of("Eastgate", (long) payloads.size(),
                        "<img src=x onerror=window.__pwned='place'>", 1L),
                Map.of(HarmCategory.THREAT, 0.8), 0.97, payloads.size(), 10));
        alerts.add(new Alert(SchemaVersion.CURRENT, "alert-" + HOSTILE, HOSTILE, "hostile <script>window.__pwned="
                + "'alert-label'</script>", "burst<img src=x onerror=window.__pwned='rule'>", Severity.HIGH, 0.97,
                "<img src=x onerror=\"window.__pwned='reason'\"> reason", Map.of(), now.minus(Duration.ofHours(2))));
    }

    private void chatterAndTips() {
        String[] places = {"Old Harbour", "Riverside", "Canal Quarter", "Saint-Roch", "Millbrook", "Northfield",
                "Ferry Hill", "Eastgate"};
        for (int i = 0; i < 16; i++) {
            posts.add(post("demo:chatter-" + i, "post", "rss:courier", "The Saturday market at the harbour is open "
                    + "again, and the ferry runs every hour", "en", now.minus(Duration.ofHours(i + 1)), places[i % 8],
                    null, 0.0, "n-chatter"));
        }
        String[] tips = {"Flyers about the water are handed out at the ferry", "Le foyer reçoit des menaces",
                "Someone posted the mayor's address on a board at the station"};
        for (int i = 0; i < 6; i++) {
            posts.add(post("tip:BW-TIP" + i, "tip", "tip:web", tips[i % tips.length], i % 3 == 1 ? "fr" : "en",
                    now.minus(Duration.ofHours(2L * i + 1)), places[(i * 3) % 8], HarmCategory.MISINFORMATION, 0.5,
                    WATER));
        }
        for (int i = 0; i < 4; i++) {
            posts.add(post("tip:BW-HOSTILE" + i, "tip", "tip:web", XssCorpus.PAYLOADS.get(i * 5), "en",
                    now.minus(Duration.ofHours(i + 1)), "Eastgate", HarmCategory.THREAT, 0.6, HOSTILE));
        }
    }

    private static ScoredPost post(String postId, String kind, String source, String text, String lang, Instant at,
                                   String neighbourhood, HarmCategory category, double score, String narrativeId) {
        // like the real scorer's reasons, these quote the post (so hostile posts give hostile reasons)
        String quoted = text.length() > 40 ? text.substring(0, 40) : text;
        Harm harm = category == null ? Harm.NONE
                : Harm.of(List.of(new HarmScore(category, score, List.of("cue '" + quoted + "'"))));
        return new ScoredPost(SchemaVersion.CURRENT, postId, kind, source, null,
                "anon-" + Integer.toHexString(postId.hashCode()), text, lang, at, at, neighbourhood, List.of(),
                List.of(), List.of(), harm, narrativeId, null, null);
    }

    private Narrative narrative(String id, String label, List<String> terms, List<String> entities,
                                List<String> hashtags, List<String> urls, List<RepresentativePost> representatives,
                                Map<String, Long> languages, Map<String, Long> places,
                                Map<HarmCategory, Double> harmMix, double priority, int count, int onsetHoursAgo) {
        List<VolumeBucket> series = new ArrayList<>();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        for (int h = onsetHoursAgo; h >= 0; h--) {
            double rise = 1 / (1 + Math.exp(-(onsetHoursAgo / 2.0 - h) / 3.0));
            series.add(new VolumeBucket(hour.minus(Duration.ofHours(h)), Math.round(2 + rise * 30 * (1 + (h % 3) / 3.0))));
        }
        return new Narrative(SchemaVersion.CURRENT, id, label, terms, entities, hashtags, urls, representatives,
                languages, places, harmMix, Map.of(), harmMix.values().stream().mapToDouble(Double::doubleValue).max().orElse(0),
                0.0, count * 12L, count * 3L, count * 5L, new NarrativeMetrics(30, 300, 28.5, 7.1, 3.0, 4.0, 120), series,
                priority, true, now.minus(Duration.ofHours(onsetHoursAgo)), now, NarrativeStatus.ACTIVE, null, now);
    }

    /** A fresh narrative id for tests that must not share one. */
    static String freshId() {
        return "n-" + UUID.randomUUID();
    }
}
