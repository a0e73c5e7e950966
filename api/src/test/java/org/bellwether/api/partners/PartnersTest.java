package org.bellwether.api.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.model.ContactCipher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner registry by role, heads-ups to a partner group (one outbox e-mail per partner with an address, in
 * their language, never post text) and the acknowledgements officers see; a partner sees only their own.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PartnersTest {
    static final FakeSearchService SEARCH = new FakeSearchService()
            .put(Narratives.simple("n-rumour", "water poisoned riverside", 0.9, true));
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH);
    static Alerts db;
    static ContactCipher cipher;
    static String officer;
    static String admin;
    static String analyst;
    static String messenger;
    static String partner;

    @BeforeAll
    static void setUp() {
        db = new Alerts(APP.getConfiguration().getDatabase().getUrl());
        cipher = APP.getConfiguration().getContactKeys().buildCipher(true, Map.of());
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        analyst = TestApps.login(APP, "analyst", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        partner = TestApps.login(APP, "partner", TestApps.DEV_PASSWORD);
    }

    static Map<String, Object> request(String organisation, String kind, List<String> languages,
                                       List<String> neighbourhoods, List<String> communities, String email,
                                       String username) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("organisation", organisation);
        body.put("kind", kind);
        body.put("languages", languages);
        body.put("neighbourhoods", neighbourhoods);
        body.put("communities", communities);
        body.put("consent", true);
        body.put("email", email);
        body.put("username", username);
        return body;
    }

    static JsonNode create(String token, Map<String, Object> body) {
        try (Response response = TestApps.as(APP, token, "/api/partners").post(Entity.json(body))) {
            assertThat(response.getStatus()).as(response.toString()).isEqualTo(201);
            return response.readEntity(JsonNode.class);
        }
    }

    @Test
    void officersAndAdminsKeepTheRegistryOthersMayNot() {
        JsonNode created = create(officer, request("Riverside Secondary", "teacher", List.of("es", "en"),
                List.of("Riverside"), List.of("parents"), "head@riverside.example", null));
        assertThat(created.get("consent").asBoolean()).isTrue();
        assertThat(created.get("consentAt").isNull()).isFalse();
        assertThat(created.get("hasContact").asBoolean()).isTrue();
        assertThat(created.toString()).doesNotContain("head@riverside.example");
        long id = created.get("id").asLong();

        String sealed = db.jdbi().withHandle(h -> h.createQuery("SELECT contact_sealed FROM partners WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(sealed).doesNotContain("riverside.example");
        assertThat(cipher.open(sealed, PartnerService.CONTACT_PURPOSE)).isEqualTo("head@riverside.example");

        Map<String, Object> change = request("Riverside Secondary School", "teacher", List.of("es"),
                List.of("Riverside"), List.of("parents"), null, null);
        try (Response response = TestApps.as(APP, admin, "/api/partners/" + id).put(Entity.json(change))) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode changed = response.readEntity(JsonNode.class);
            assertThat(changed.get("organisation").asText()).isEqualTo("Riverside Secondary School");
            assertThat(changed.get("hasContact").asBoolean()).as("an absent e-mail keeps the old").isTrue();
            assertThat(changed.get("consentAt").asText()).isEqualTo(created.get("consentAt").asText());
        }
        for (String other : List.of(analyst, messenger, partner)) {
            assertThat(status(TestApps.as(APP, other, "/api/partners").get())).isEqualTo(403);
            assertThat(status(TestApps.as(APP, other, "/api/partners").post(Entity.json(change)))).isEqualTo(403);
            assertThat(status(TestApps.as(APP, other, "/api/partners/" + id).delete())).isEqualTo(403);
        }
        try (Response response = TestApps.as(APP, officer, "/api/partners/" + id + "/contact").get()) {
            assertThat(response.getStatus()).as("a reason is required").isEqualTo(400);
        }
        try (Response response = TestApps.as(APP, officer, "/api/partners/" + id + "/contact?reason=invite")
                .get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(JsonNode.class).get("email").asText())
                    .isEqualTo("head@riverside.example");
        }
        assertThat(status(TestApps.as(APP, admin, "/api/partners/" + id + "/contact?reason=x").get()))
                .isEqualTo(403);
        int reveals = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(*) FROM audit_log WHERE action = 'partner.contact.reveal' AND target_id = :id""")
                .bind("id", Long.toString(id)).mapTo(Integer.class).one());
        assertThat(reveals).isEqualTo(1);

        try (Response response = TestApps.as(APP, officer, "/api/partners/" + id).delete()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(JsonNode.class).get("active").asBoolean()).isFalse();
        }
    }

    @Test
    void aHeadsUpReachesTheGroupAndOfficersSeeWhoAcknowledged() {
        // the dev-mode partner account's registration (Old Harbour, English)
        long linked = TestApps.as(APP, partner, "/api/partners/me").get(JsonNode.class).get("id").asLong();
        long mosque = create(officer, request("Northgate Mosque", "faith_leader", List.of("ar"),
                List.of("Northgate"), List.of("muslim"), "imam@northgate.example", null)).get("id").asLong();
        long teacher = create(officer, request("Northgate Primary", "teacher", List.of("fr"),
                List.of("Northgate"), List.of("parents"), "office@primary.example", null)).get("id").asLong();
        long noEmail = create(officer, request("Northgate Youth Club", "youth_worker", List.of("en"),
                List.of("Northgate"), List.of(), null, null)).get("id").asLong();
        long elsewhere = create(officer, request("Southside Clinic", "health_worker", List.of("en"),
                List.of("Southside"), List.of(), "desk@clinic.example", null)).get("id").asLong();

        JsonNode sent;
        try (Response response = TestApps.as(APP, officer, "/api/partners/headsups").post(Entity.json(Map.of(
                "narrativeId", "n-rumour", "summary", "A false rumour about the water supply is spreading.",
                "neighbourhoods", List.of("Northgate", "Old Harbour"))))) {
            assertThat(response.getStatus()).isEqualTo(201);
            sent = response.readEntity(JsonNode.class);
        }
        assertThat(sent.get("label").asText()).isEqualTo("water poisoned riverside");
        assertThat(sent.get("recipients").asInt()).isEqualTo(4);
        assertThat(sent.get("acknowledged").asInt()).isZero();
        long headsUp = sent.get("id").asLong();
        assertThat(ids(sent.get("recipientList"))).containsExactlyInAnyOrder(linked, mosque, teacher, noEmail)
                .doesNotContain(elsewhere);

        List<Map<String, Object>> outbox = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT recipient_sealed, subject, body FROM outbox WHERE dedup_key LIKE :key ORDER BY dedup_key""")
                .bind("key", "headsup:" + headsUp + ":%").mapToMap().list());
        assertThat(outbox).hasSize(3);
        Map<String, String> subjectByAddress = new java.util.HashMap<>();
        for (Map<String, Object> row : outbox) {
            subjectByAddress.put(cipher.open((String) row.get("recipient_sealed"), MessengerService.CONTACT_PURPOSE),
                    (String) row.get("subject"));
            assertThat((String) row.get("body")).contains("A false rumour about the water supply is spreading.");
        }
        assertThat(subjectByAddress).containsOnlyKeys("imam@northgate.example", "office@primary.example",
                "centre@partners.invalid");
        assertThat(subjectByAddress.get("centre@partners.invalid")).isEqualTo("Heads-up: water poisoned riverside");
        assertThat(subjectByAddress.get("imam@northgate.example")).startsWith("تنبيه");
        assertThat(subjectByAddress.get("office@primary.example")).startsWith("Alerte");

        JsonNode mine = TestApps.as(APP, partner, "/api/partners/me/headsups").get(JsonNode.class);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).hasNonNull("acknowledgedAt")).isFalse();
        assertThat(mine.get(0).has("recipientList")).isFalse();
        assertThat(status(TestApps.as(APP, partner, "/api/partners/me/headsups/" + headsUp + "/acknowledge")
                .post(Entity.json("{}")))).isEqualTo(204);
        assertThat(status(TestApps.as(APP, partner, "/api/partners/me/headsups/" + (headsUp + 1000)
                + "/acknowledge").post(Entity.json("{}")))).isEqualTo(404);
        assertThat(status(TestApps.as(APP, partner, "/api/partners/headsups/" + headsUp).get())).isEqualTo(403);

        JsonNode seen = TestApps.as(APP, officer, "/api/partners/headsups/" + headsUp).get(JsonNode.class);
        assertThat(seen.get("acknowledged").asInt()).isEqualTo(1);
        for (JsonNode recipient : seen.get("recipientList")) {
            assertThat(recipient.hasNonNull("acknowledgedAt"))
                    .as(recipient.toString()).isEqualTo(recipient.get("partnerId").asLong() == linked);
        }
        try (Response response = TestApps.as(APP, officer, "/api/partners/headsups").post(Entity.json(Map.of(
                "narrativeId", "n-rumour", "summary", "Nobody there.", "neighbourhoods", List.of("Nowhere"))))) {
            assertThat(response.getStatus()).isEqualTo(409);
        }
    }

    private static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    private static List<Long> ids(JsonNode recipients) {
        List<Long> ids = new java.util.ArrayList<>();
        recipients.forEach(r -> ids.add(r.get("partnerId").asLong()));
        return ids;
    }
}
