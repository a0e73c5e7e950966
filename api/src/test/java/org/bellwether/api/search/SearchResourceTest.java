package org.bellwether.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.bellwether.api.narratives.NarrativeResource;
import org.bellwether.api.narratives.NarrativeViews;
import org.bellwether.api.narratives.TriageLookup;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.RecordingAuditTrail;
import org.bellwether.api.support.TestAuth;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.search.PostHit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search and narrative reads against an in-memory search. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SearchResourceTest {
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final RecordingAuditTrail AUDIT = new RecordingAuditTrail();
    static final ResourceExtension RESOURCES = TestAuth.resources()
            .addResource(new SearchResource(SEARCH, AUDIT))
            .addResource(new NarrativeResource(new NarrativeViews(SEARCH, TriageLookup.NONE), AUDIT,
                    org.bellwether.model.Json.configure(io.dropwizard.jackson.Jackson.newObjectMapper())))
            .build();

    @BeforeAll
    static void corpus() {
        SEARCH.put(Narratives.simple("n1", "Bridge closure rumour", 0.8, true));
        SEARCH.add(new PostHit("demo:1", "n1", "post", "demo", null, "anon-1", "en",
                Instant.parse("2026-03-01T10:00:00Z"), "Riverside", 0.7, List.of(HarmCategory.MISINFORMATION),
                List.of(new HarmScore(HarmCategory.MISINFORMATION, 0.7, List.of("debunked:bridge-closed"))),
                "The bridge is closed forever", List.of(), 1f));
        SEARCH.add(new PostHit("demo:2", "n1", "post", "demo", null, "anon-2", "es",
                Instant.parse("2026-03-02T10:00:00Z"), "Riverside", 0.7, List.of(HarmCategory.MISINFORMATION),
                List.of(new HarmScore(HarmCategory.MISINFORMATION, 0.7, List.of("debunked:bridge-closed"))),
                "El puente está cerrado: bridge", List.of(), 1f));
    }

    private Response get(String path, String token) {
        return TestAuth.target(RESOURCES, path).request().header("Authorization", TestAuth.bearer(token)).get();
    }

    @Test
    void postSearchReturnsTotalHitsAndSnippetsAndPassesEveryFilter() {
        JsonNode body = get("/api/search/posts", "analyst").readEntity(JsonNode.class);
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode filtered = RESOURCES.target("/api/search/posts")
                .queryParam("q", "bridge").queryParam("lang", "es").queryParam("from", "2026-03-02")
                .queryParam("to", "2026-03-03T00:00:00Z").queryParam("category", "misinformation")
                .queryParam("neighbourhood", "Riverside").queryParam("source", "demo").queryParam("page", "0")
                .queryParam("pageSize", "5")
                .request().header("Authorization", TestAuth.bearer("analyst")).get(JsonNode.class);
        assertThat(filtered.get("total").asInt()).isEqualTo(1);
        assertThat(filtered.get("hits").get(0).get("snippet").get(0).get("match").asBoolean()).isTrue();
        assertThat(SEARCH.lastPostQuery.get().neighbourhood()).isEqualTo("Riverside");
        assertThat(SEARCH.lastPostQuery.get().category()).isEqualTo("misinformation");
        assertThat(SEARCH.lastPostQuery.get().pageSize()).isEqualTo(5);
    }

    @Test
    void narrativesBesideAPostSearchFollowItsQueryAndFilters() {
        JsonNode body = RESOURCES.target("/api/search/narratives").queryParam("match", "posts")
                .queryParam("q", "bridge").queryParam("lang", "es").queryParam("neighbourhood", "Riverside")
                .request().header("Authorization", TestAuth.bearer("analyst")).get(JsonNode.class);
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("hits").get(0).get("narrative").get("narrativeId").asText()).isEqualTo("n1");
        assertThat(SEARCH.lastPostQuery.get().lang()).isEqualTo("es");
        assertThat(SEARCH.lastPostQuery.get().neighbourhood()).isEqualTo("Riverside");
        JsonNode none = RESOURCES.target("/api/search/narratives").queryParam("match", "posts")
                .queryParam("q", "bridge").queryParam("lang", "fr")
                .request().header("Authorization", TestAuth.bearer("analyst")).get(JsonNode.class);
        assertThat(none.get("total").asInt()).isZero();
        try (Response bad = get("/api/search/narratives?match=authors", "analyst")) {
            assertThat(bad.getStatus()).isEqualTo(400);
        }
    }

    @Test
    void everySearchAndViewIsAuditedWithWhoAndWhat() {
        AUDIT.events.clear();
        get("/api/search/posts?q=bridge", "analyst:ana").close();
        get("/api/search/narratives?q=bridge", "officer:olga").close();
        get("/api/narratives/n1", "admin").close();
        assertThat(AUDIT.actions()).containsExactly("search.posts", "search.narratives", "narratives.view");
        assertThat(AUDIT.events.get(0).caller().actor()).isEqualTo("ana");
        assertThat(AUDIT.events.get(0).detail().get("q")).isEqualTo("bridge");
        assertThat(AUDIT.events.get(1).caller().role()).isEqualTo("officer");
    }

    @Test
    void syntaxErrorsAndBadParametersAre400s() {
        assertThat(get("/api/search/narratives?q=(bridge", "analyst").getStatus()).isEqualTo(400);
        assertThat(get("/api/search/posts?from=2026-03-03&to=2026-03-01", "analyst").getStatus()).isEqualTo(400);
        assertThat(get("/api/search/posts?pageSize=1000", "analyst").getStatus()).isEqualTo(400);
        assertThat(get("/api/narratives?status=boiling", "analyst").getStatus()).isEqualTo(400);
    }

    @Test
    void messengersCannotSearch() {
        assertThat(get("/api/search/posts", "messenger").getStatus()).isEqualTo(403);
        assertThat(RESOURCES.target("/api/search/posts").request().get().getStatus()).isEqualTo(401);
    }
}
