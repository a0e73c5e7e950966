package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concurrent writers: one wins a race for the same version, retries lose no update, capacity is never exceeded. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConcurrencyTest {
    static final int THREADS = 8;
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH);
    static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);
    static Alerts alerts;
    static String officer;
    static String messenger;

    @BeforeAll
    static void setUp() {
        alerts = new Alerts(APP.getConfiguration().getDatabase().getUrl());
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
    }

    @AfterAll
    static void tearDown() {
        POOL.shutdownNow();
    }

    /** Runs the tasks together, released by one gate. */
    static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(POOL.submit(() -> {
                gate.await();
                return task.call();
            }));
        }
        gate.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    static int statusOf(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    @Test
    void ofWritersHoldingTheSameVersionExactlyOneWins() throws Exception {
        SEARCH.put(Narratives.simple("race-1", "Race", 0.5, true));
        UUID caseId = alerts.flag("race-1");
        String etag;
        try (Response read = TestApps.as(APP, officer, "/api/triage/" + caseId).get()) {
            etag = read.getHeaderString("ETag");
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> statusOf(TestApps.as(APP, officer, "/api/triage/" + caseId + "/transitions")
                    .header("If-Match", etag).post(Entity.json(Map.of("to", "acknowledged")))));
        }
        List<Integer> statuses = race(tasks);
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        JsonNode detail = TestApps.as(APP, officer, "/api/triage/" + caseId).get(JsonNode.class);
        assertThat(detail.get("history")).hasSize(1);
    }

    @Test
    void writersThatRetryOnConflictLoseNoUpdate() throws Exception {
        JsonNode before = TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class);
        int start = before.get("capacity").asInt();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> {
                int conflicts = 0;
                while (true) {
                    String etag;
                    JsonNode me;
                    try (Response read = TestApps.as(APP, messenger, "/api/messengers/me").get()) {
                        etag = read.getHeaderString("ETag");
                        me = Json.read(read.readEntity(String.class), JsonNode.class);
                    }
                    Map<String, Object> update = new HashMap<>();
                    update.put("available", true);
                    update.put("consent", true);
                    update.put("capacity", me.get("capacity").asInt() + 1);
                    int status = statusOf(TestApps.as(APP, messenger, "/api/messengers/me").header("If-Match", etag)
                            .put(Entity.json(update)));
                    if (status == 200) {
                        return conflicts;
                    }
                    assertThat(status).isEqualTo(409);
                    conflicts++;
                }
            });
        }
        List<Integer> conflicts = race(tasks);
        JsonNode after = TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class);
        assertThat(after.get("capacity").asInt()).isEqualTo(start + THREADS);
        assertThat(conflicts.stream().mapToInt(Integer::intValue).sum()).as("the race was real").isPositive();
    }

    @Test
    void concurrentOffersNeverExceedAMessengersCapacity() throws Exception {
        String carlos = null;
        for (JsonNode m : TestApps.as(APP, officer, "/api/messengers").get(JsonNode.class)) {
            if (m.get("pseudonym").asText().equals("carlos-r")) {
                carlos = m.get("id").asText();
            }
        }
        String messengerId = carlos;
        int capacity = TestApps.as(APP, officer, "/api/messengers/" + messengerId).get(JsonNode.class)
                .get("capacity").asInt();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String narrative = "cap-" + i;
            SEARCH.put(Narratives.simple(narrative, "Capacity " + i, 0.5, true));
            alerts.forceCase(alerts.flag(narrative), "acknowledged");
            tasks.add(() -> statusOf(TestApps.as(APP, officer, "/api/assignments").post(Entity.json(Map.of(
                    "narrativeId", narrative, "messengerId", messengerId)))));
        }
        List<Integer> statuses = race(tasks);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(capacity);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(THREADS - capacity);
    }
}
