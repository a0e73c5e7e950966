package org.bellwether.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bellwether.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dev mode's demo of the whole loop. Once the demo stream has been sent, two of its storylines are answered the way
 * the officer and the demo messenger ({@code messenger}, Amina Haddad) would answer them: the flagged case (or, for a
 * storyline whose narratives no rule flagged, a case the officer opens on the narrative its hashtags lead) is
 * acknowledged, the narrative offered to the messenger, the offer accepted and started, and a response recorded at
 * the storyline's own time in the stream (a few hours after it starts to fade, as the scenario writes it). The
 * narrative page then shows velocity before and after the response, and the messenger's inbox lists both assignments.
 * <p>Every step goes through the api's HTTP interface as those demo users, so it is checked and audited as their own
 * actions would be; nothing is written around the api. Done once: a storyline whose response is already recorded
 * is left alone, so a second {@code dev} start adds nothing, and each storyline gets a narrative of its own. Run it
 * on its own thread; {@link #close()} stops it.
 */
final class DemoResponses implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoResponses.class);

    /**
     * A storyline the demo answers.
     *
     * @param storyline  the scenario's storyline id
     * @param hashtags   its hashtags, which its narratives carry
     * @param atHour     when the response is recorded, in hours from the scenario's start
     * @param language   the response's language
     * @param response   what the messenger did
     */
    record Answer(String storyline, List<String> hashtags, double atHour, String language, String response) {
    }

    /**
     * The two answered storylines, each a few hours after it starts to fade ({@code narratives.json}: the rumour fades
     * from hour 40, the shelter campaign from hour 64).
     */
    static final List<Answer> ANSWERS = List.of(
            new Answer("rumour-poisoned-water", List.of("PoisonedWater", "LucenaCoverUp", "DontDrinkTheWater"), 46, "en",
                    "Posted the water authority's test results with the lab's own link and answered questions "
                            + "in the Riverside residents' group."),
            new Answer("shelter-migrants", List.of("SaveEastgate", "NoShelterHere", "EastgateFirst"), 66, "fr",
                    "Invité les voisins à la journée portes ouvertes du centre d'accueil d'Eastgate et partagé "
                            + "les chiffres publiés par la ville."));

    private final String baseUrl;
    private final String password;
    private final DemoFeed feed;
    private final Duration patience;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean stopped;
    private volatile int answered;
    private volatile String problem = "not started";

    /**
     * @param baseUrl  the api, e.g. {@code http://127.0.0.1:8080}
     * @param password the demo users' password
     * @param feed     the demo stream, started
     * @param patience how long to wait for the stream to finish and the narratives to be flagged
     */
    DemoResponses(String baseUrl, String password, DemoFeed feed, Duration patience) {
        this.baseUrl = baseUrl;
        this.password = password;
        this.feed = feed;
        this.patience = patience;
    }

    /** How many storylines this run answered or found answered already. */
    int answered() {
        return answered;
    }

    /** Why the last attempt did not answer yet (null once everything is answered), for logs and tests. */
    String problem() {
        return problem;
    }

    @Override
    public void run() {
        Instant giveUp = Instant.now().plus(patience);
        try {
            while (!feed.finished() || feed.shift() == null) {
                problem = "the demo stream is still being sent";
                if (!pause(giveUp)) {
                    return;
                }
            }
            Instant start = feed.scenario().settings().start().plus(feed.shift());
            Instant settledAt = Instant.now().plus(SETTLE);
            while (Instant.now().isBefore(settledAt)) {
                problem = "the processor is still taking in the demo stream";
                if (!pause(giveUp)) {
                    return;
                }
            }
            for (Answer answer : ANSWERS) {
                Instant at = start.plusSeconds((long) (answer.atHour() * 3600));
                while (!attempt(answer, at)) {
                    if (!pause(giveUp)) {
                        LOG.warn("demo responses: '{}' not answered: {}", answer.storyline(), problem);
                        return;
                    }
                }
                answered++;
            }
            problem = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One try at answering a storyline; false (with {@link #problem}) when its narrative is not flagged yet or a
     * step was refused, e.g. because the case moved on between two calls. Every step is resumed, not repeated, on
     * the next try. A storyline none of whose own narratives a rule flagged (which narratives the rules flag depends
     * on the order the stack happens to process the stream in) is answered all the same: the officer opens a case on
     * the narrative its hashtags lead, as an officer who hears of a rumour from residents would.
     */
    private boolean attempt(Answer answer, Instant at) throws InterruptedException {
        try {
            List<JsonNode> carrying = carrying(answer, at);
            List<JsonNode> flagged = carrying.stream()
                    .filter(hit -> hit.path("narrative").path("flagged").asBoolean() && hit.hasNonNull("triage")
                            && leading(hit, answer) < LEADING_HASHTAGS)
                    .toList();
            for (JsonNode narrative : flagged) {
                if (answer(answer, narrative, at)) {
                    return true;
                }
            }
            for (JsonNode narrative : carrying) {
                if (!Instant.parse(narrative.path("narrative").path("firstSeen").asText()).isBefore(at)) {
                    continue; // no posts before the response: nothing to compare it with
                }
                if (answer(answer, narrative.hasNonNull("triage") ? narrative : openCase(answer, narrative), at)) {
                    return true;
                }
            }
            problem = flagged.isEmpty()
                    ? "no flagged narrative of '" + answer.storyline() + "' seen after " + at + " yet; "
                            + describe(carrying)
                    : "every flagged narrative of '" + answer.storyline() + "' answers another storyline";
            return false;
        } catch (RuntimeException e) {
            problem = e.toString();
            LOG.info("demo responses: will retry '{}': {}", answer.storyline(), problem);
            return false;
        }
    }

    /**
     * How long after the whole stream was sent the demo starts answering: by then the processor has taken the stream
     * in, so which narratives a storyline's hashtags lead no longer changes (answered earlier, a storyline could land
     * on a chatter narrative its posts led only for the moment).
     */
    static final Duration SETTLE = Duration.ofSeconds(45);

    /**
     * A narrative is the storyline's own when one of the storyline's hashtags is among its three most frequent ones:
     * a chatter narrative that took in a few of the storyline's posts carries its hashtags too, further down.
     */
    static final int LEADING_HASHTAGS = 3;

    /**
     * The narratives carrying the storyline's hashtags, flagged or not, with posts from after the response time, the
     * storyline's hashtags leading first, then the largest.
     */
    private List<JsonNode> carrying(Answer answer, Instant at) throws InterruptedException {
        List<JsonNode> carrying = new ArrayList<>();
        listNarratives(hit -> {
            if (leading(hit, answer) < Integer.MAX_VALUE && Instant.parse(hit.path("narrative").path("lastSeen")
                    .asText()).isAfter(at.plus(Duration.ofHours(1)))) {
                carrying.add(hit);
            }
        });
        carrying.sort(Comparator.comparingInt((JsonNode hit) -> leading(hit, answer))
                .thenComparing(Comparator.comparingLong(
                        (JsonNode hit) -> hit.path("narrative").path("postCount").asLong()).reversed()));
        return carrying;
    }

    /**
     * Where the storyline's first hashtag stands in the narrative's hashtags (most frequent first): 0 when it leads,
     * {@link Integer#MAX_VALUE} when the narrative carries none of them.
     */
    static int leading(JsonNode hit, Answer answer) {
        JsonNode hashtags = hit.path("narrative").path("hashtags");
        for (int i = 0; i < hashtags.size(); i++) {
            String bare = hashtags.get(i).asText().replace("#", "");
            if (answer.hashtags().stream().anyMatch(bare::equalsIgnoreCase)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Opens a case on a narrative as the officer ({@code POST /api/triage}); the narrative's list entry with the
     * case, as a flagged one's.
     */
    private JsonNode openCase(Answer answer, JsonNode hit) throws InterruptedException {
        String narrativeId = hit.path("narrative").path("narrativeId").asText();
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("narrativeId", narrativeId);
        open.put("severity", "high");
        open.put("reason", "Demo: residents keep reporting the '" + answer.storyline()
                + "' storyline to the city; no rule flagged it.");
        JsonNode opened = call("officer", "POST", "/api/triage", null, open).json();
        LOG.info("demo: the officer opened a case on narrative {} for '{}'", narrativeId, answer.storyline());
        ObjectNode withCase = hit.deepCopy();
        withCase.putObject("triage").put("caseId", opened.path("id").asText())
                .put("state", opened.path("state").asText()).put("version", opened.path("version").asLong());
        return withCase;
    }

    /** The first five of the narratives carrying a storyline's hashtags: what a failed try saw. */
    private static String describe(List<JsonNode> carrying) {
        List<String> seen = carrying.stream().limit(5).map(hit -> {
            JsonNode narrative = hit.path("narrative");
            return narrative.path("narrativeId").asText() + " (" + narrative.path("postCount").asLong()
                    + " posts, last " + narrative.path("lastSeen").asText() + ", flagged "
                    + narrative.path("flagged").asBoolean() + ", triage " + hit.hasNonNull("triage") + ")";
        }).toList();
        return "narratives carrying its hashtags: " + (seen.isEmpty() ? "none" : String.join(", ", seen));
    }

    /**
     * Pages through {@code /api/narratives} as the officer (at most ten pages of 100; merged narratives are not
     * listed), handing every hit to {@code each}.
     */
    private void listNarratives(Consumer<JsonNode> each) throws InterruptedException {
        for (int page = 0; page < 10; page++) {
            JsonNode hits = call("officer", "GET", "/api/narratives?pageSize=100&page=" + page, null, null).json()
                    .path("hits");
            hits.forEach(each);
            if (hits.size() < 100) {
                break;
            }
        }
    }

    /**
     * Takes the storyline's narrative as far as a recorded response, from wherever an earlier try (or an earlier
     * {@code dev} start) left it. False, touching nothing, when the narrative's response answers another storyline
     * (two storylines' hashtags can meet in one narrative); true when it answers this one, now or before.
     */
    private boolean answer(Answer answer, JsonNode hit, Instant at) throws InterruptedException {
        String narrativeId = hit.path("narrative").path("narrativeId").asText();
        String encoded = URLEncoder.encode(narrativeId, StandardCharsets.UTF_8);
        String id = null;
        for (JsonNode existing : call("officer", "GET", "/api/assignments?narrativeId=" + encoded, null, null).json()) {
            String state = existing.path("state").asText();
            if ("responded".equals(state) || "closed".equals(state)) {
                return answer.response().equals(existing.path("response").path("description").asText());
            }
            if ("offered".equals(state) || "accepted".equals(state) || "in_progress".equals(state)) {
                id = existing.path("id").asText();
            }
        }
        if (id == null) {
            JsonNode triage = hit.path("triage");
            if ("new".equals(triage.path("state").asText())) {
                call("officer", "POST", "/api/triage/" + triage.path("caseId").asText() + "/transitions",
                        "\"" + triage.path("version").asLong() + "\"", Map.of("to", "acknowledged"));
            }
            String messengerId = call("messenger", "GET", "/api/messengers/me", null, null).json().path("id")
                    .asText();
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("narrativeId", narrativeId);
            offer.put("messengerId", messengerId);
            offer.put("note", "Demo: the officer's offer for this storyline.");
            id = call("officer", "POST", "/api/assignments", null, offer).json().path("id").asText();
        }
        Reply current = call("messenger", "GET", "/api/assignments/" + id, null, null);
        if ("offered".equals(current.json().path("state").asText())) {
            current = call("messenger", "POST", "/api/assignments/" + id + "/accept", current.etag(), null);
        }
        if ("accepted".equals(current.json().path("state").asText())) {
            current = call("messenger", "POST", "/api/assignments/" + id + "/start", current.etag(), null);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("channel", "social");
        response.put("description", answer.response());
        response.put("respondedAt", at.toString());
        response.put("language", answer.language());
        call("messenger", "POST", "/api/assignments/" + id + "/respond", current.etag(), response);
        LOG.info("demo: '{}' answered by the demo messenger at {} (narrative {})", answer.storyline(), at,
                narrativeId);
        return true;
    }

    private record Reply(JsonNode json, String etag) {
    }

    private Reply call(String user, String method, String path, String ifMatch, Object body)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.writeString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return new Reply(Json.mapper().readTree(response.body()),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        }
    }

    /** Waits a little; false when stopped or out of patience. */
    private boolean pause(Instant giveUp) throws InterruptedException {
        if (stopped || Instant.now().isAfter(giveUp)) {
            return false;
        }
        Thread.sleep(2_000);
        return !stopped;
    }

    @Override
    public void close() {
        stopped = true;
    }
}
