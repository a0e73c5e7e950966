package org.bellwether.api.intake.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class WatchlistResourceTest {
    private static final WatchlistRegistry REGISTRY = new WatchlistRegistry(Watchlist.EMPTY, Clock.systemUTC());
    private static final String YAML = """
            feeds:
              - name: courier
                url: https://courier.example/rss.xml
                interval: PT10M
            mastodon:
              - instance: https://social.example
                timelines: [local, "tag:portlucena"]
                streams: ["tag:portlucena"]
            bluesky:
              endpoint: wss://jetstream.example/subscribe
              dids: [did:plc:abc]
              filter: true
            hashtags: ["#PortLucena", lucenawater]
            keywords: [shelter, tap water, alcaldesa]
            neighbourhoods: [Saint-Roch, Old Harbour]
            """;
    private static final CollectorMetrics METRICS = new CollectorMetrics();
    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(new WatchlistResource(REGISTRY, REGISTRY::update))
            .addResource(new CollectorsStatusResource(METRICS)).build();

    @Test
    void anAdminReplacesTheWatchlistAndABadOneChangesNothing() {
        Response ok = RESOURCES.target("/api/admin/watchlist").request()
                .put(Entity.entity(YAML, "application/yaml"));
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.readEntity(String.class)).contains("\"feeds\":1").contains("\"bluesky\":true");
        assertThat(REGISTRY.current().keywords()).contains("shelter");

        Response bad = RESOURCES.target("/api/admin/watchlist").request()
                .put(Entity.entity("bluesky: {endpoint: 'http://x'}", MediaType.TEXT_PLAIN));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.readEntity(String.class)).contains("ws:// or wss://");
        assertThat(REGISTRY.current().feeds()).hasSize(1);

        Response current = RESOURCES.target("/api/admin/watchlist").request().get();
        assertThat(current.readEntity(String.class)).contains("courier.example");
        assertThat(current.getHeaderString("X-Updated-By")).isNotBlank();

        METRICS.counters("rss:courier").collected();
        assertThat(RESOURCES.target("/api/admin/collectors").request().get(String.class))
                .contains("\"source\":\"rss:courier\"").contains("\"collected\":1");
    }
}
