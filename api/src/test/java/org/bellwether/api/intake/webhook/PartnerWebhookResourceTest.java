package org.bellwether.api.intake.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bellwether.api.intake.RecordingSink;
import org.bellwether.api.intake.tips.AddressRateLimiter;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.Tip;
import org.bellwether.ingest.CollectorMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class PartnerWebhookResourceTest {
    private static final String SECRET = "shared-secret-of-the-tenants-union";
    private static final RecordingSink SINK = new RecordingSink();
    private static final List<Tip> TIPS = new CopyOnWriteArrayList<>();
    static final ResourceExtension RESOURCES = ResourceExtension.builder().addResource(new PartnerWebhookResource(
            Map.of("tenants-union", SECRET), SINK, new TipIntake(TIPS::add,
                    new ContactCipher("k1", Map.of("k1", new byte[32])), AddressRateLimiter.standard(Clock.systemUTC()),
                    List::of, Clock.systemUTC(), new CollectorMetrics().counters("tips")),
            new CollectorMetrics(), Clock.systemUTC())).build();

    private static final String BODY = """
            {"posts": [
              {"id": "tu-1", "text": "Flyers against the shelter on Tanner Street", "created_at": "2026-03-10T08:00:00Z",
               "lang": "en", "url": "https://forum.example/t/1", "author": "forum-user-9", "place": "Eastgate"},
              {"id": "tu-2", "created_at": "2026-03-10T08:05:00Z"},
              {"id": "tu-1", "text": "Flyers against the shelter on Tanner Street", "created_at": "2026-03-10T08:00:00Z"},
              "not an object"
            ],
             "tips": [{"text": "A neighbour got threatening letters", "consent": true, "contact": "a@example.org"},
                      {"text": "No consent given", "consent": false}]}
            """;

    @Test
    void acceptsSignedPostsAndTipsAndSendsTheBadOnesToTheDlq() {
        Response response = post("tenants-union", BODY, SECRET, Instant.now().getEpochSecond());
        assertThat(response.getStatus()).isEqualTo(202);
        JsonNode answer = Json.mapper().valueToTree(Json.read(response.readEntity(String.class), Map.class));
        assertThat(answer.path("accepted").asInt()).isEqualTo(1);
        assertThat(answer.path("duplicate").asInt()).isEqualTo(1);
        assertThat(answer.path("invalid").asInt()).isEqualTo(2);
        assertThat(answer.path("tips")).hasSize(1);
        assertThat(answer.path("tipsRefused").asInt()).isEqualTo(1);
        RawPost post = SINK.posts.get(0);
        assertThat(post.key()).isEqualTo("partner:tenants-union:tu-1");
        assertThat(post.geo().place()).isEqualTo("Eastgate");
        assertThat(SINK.deadLetters).extracting(DeadLetter::reason)
                .containsExactly("post 2: no text in field 'text'", "post 4: not a JSON object");
        assertThat(TIPS).singleElement().satisfies(tip -> {
            assertThat(tip.channel()).isEqualTo("partner");
            assertThat(tip.contactSealed()).startsWith("gcm1:");
        });
    }

    @Test
    void refusesUnknownPartnersBadSignaturesAndStaleTimestamps() {
        long now = Instant.now().getEpochSecond();
        assertThat(post("someone-else", BODY, SECRET, now).getStatus()).isEqualTo(401);
        assertThat(post("tenants-union", BODY, "guessed", now).getStatus()).isEqualTo(401);
        assertThat(post("tenants-union", BODY, SECRET, now - 3600).getStatus()).isEqualTo(401);
    }

    private static Response post(String partner, String body, String secret, long timestamp) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RESOURCES.target("/webhooks/partners/" + partner).request()
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, bytes))
                .post(Entity.entity(bytes, MediaType.APPLICATION_JSON_TYPE));
    }
}
