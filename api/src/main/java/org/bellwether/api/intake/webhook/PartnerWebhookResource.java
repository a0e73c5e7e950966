package org.bellwether.api.intake.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.api.common.PublicEndpoint;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.api.intake.tips.TipSubmission;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.ingest.FieldMapping;
import org.bellwether.ingest.InputRecord;
import org.bellwether.ingest.RecentKeys;
import org.bellwether.ingest.RecordMapper;
import org.bellwether.ingest.SinkFailedException;

/**
 * {@code POST /webhooks/partners/{partner}}: partner organisations push public posts they monitor, and tips they
 * received with consent, as JSON signed with their shared secret ({@link WebhookSignature}).
 * <pre>{"posts": [{"id", "text", "created_at", "lang", "url", "author", "place"}],
 *  "tips":  [{"text", "urls", "language", "neighbourhood", "contact", "consent"}]}</pre>
 * Posts become {@code partner:<partner>} posts; an invalid one goes to the DLQ with its reason while the rest are
 * kept. The answer (202) comes once everything is committed: {@code {accepted, duplicate, invalid, tips}}.
 * Unknown partner or bad signature: 401, with nothing read. At most {@value #MAX_ITEMS} items per request.
 * Thread-safe.
 */
@PublicEndpoint
@Tag(name = "Intake")
@Path("/webhooks/partners/{partner}")
public final class PartnerWebhookResource {
    static final int MAX_ITEMS = 500;
    static final int MAX_BODY = 1 << 20;
    private static final FieldMapping FIELDS = new FieldMapping("text", "id", "created_at", "lang", "author", "url",
            "place", null, null, null, null, null, null);

    private final Map<String, String> secrets;
    private final CollectorSink sink;
    private final TipIntake tips;
    private final CollectorMetrics metrics;
    private final Clock clock;
    private final RecentKeys recent = new RecentKeys(100_000);

    /**
     * @param secrets partner name to shared secret
     * @param tips    the tip intake, or null to refuse tips from partners
     */
    public PartnerWebhookResource(Map<String, String> secrets, CollectorSink sink, TipIntake tips,
                                  CollectorMetrics metrics, Clock clock) {
        this.secrets = Map.copyOf(secrets);
        this.sink = sink;
        this.tips = tips;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Operation(summary = "Posts or tips from a partner, signed with the partner's secret")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("partner") String partner,
                            @HeaderParam(WebhookSignature.TIMESTAMP_HEADER) String timestamp,
                            @HeaderParam(WebhookSignature.SIGNATURE_HEADER) String signature, byte[] body) {
        if (body == null || body.length > MAX_BODY) {
            return error(413, "body larger than " + MAX_BODY + " bytes");
        }
        if (!WebhookSignature.valid(secrets.get(partner), timestamp, signature, body,
                clock.instant().getEpochSecond())) {
            return error(401, "unknown partner, bad signature or stale timestamp");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return error(400, "body is not a JSON object");
        }
        JsonNode posts = root.path("posts");
        JsonNode tipList = root.path("tips");
        if (posts.size() + tipList.size() > MAX_ITEMS) {
            return error(413, "more than " + MAX_ITEMS + " items");
        }
        String source = "partner:" + partner;
        var counters = metrics.counters(source);
        Instant now = clock.instant();
        RecordMapper mapper = new RecordMapper(source, FIELDS, "partner");
        List<RawPost> accepted = new ArrayList<>();
        List<DeadLetter> dead = new ArrayList<>();
        int duplicates = 0;
        int number = 0;
        for (JsonNode item : posts) {
            number++;
            byte[] raw = Json.write(item);
            RecordMapper.Result result = item.isObject()
                    ? mapper.map(new InputRecord(number, -1, raw, name -> text(item, name), null), 0, now)
                    : new RecordMapper.Result(null, "not a JSON object");
            if (result.post() == null) {
                counters.invalid();
                dead.add(DeadLetter.of(source, null, (long) number, source + "#" + number, raw,
                        "post " + number + ": " + result.reason(), "collect", now));
            } else if (!recent.add(result.post().key())) {
                counters.duplicate();
                duplicates++;
            } else {
                counters.collected(result.post().createdAt(), now);
                accepted.add(result.post());
            }
        }
        try {
            sink.emit(source, null, new Batch(accepted, List.of(), dead));
            sink.flush();
        } catch (SinkFailedException e) {
            counters.failed("sink: " + e.getMessage());
            return error(503, "temporarily unavailable, retry later");
        }
        List<String> references = new ArrayList<>();
        int tipsRefused = 0;
        for (JsonNode tip : tipList) {
            if (tips == null) {
                tipsRefused++;
                continue;
            }
            List<String> urls = new ArrayList<>();
            tip.path("urls").forEach(url -> urls.add(url.asText()));
            TipIntake.Outcome outcome = tips.submit(new TipSubmission("partner", text(tip, "text"), urls,
                    text(tip, "language"), text(tip, "neighbourhood"), text(tip, "contact"),
                    tip.path("consent").asBoolean(false), null), source);
            if (outcome.status() == TipIntake.Status.ACCEPTED) {
                references.add(outcome.reference());
            } else {
                tipsRefused++;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", accepted.size());
        answer.put("duplicate", duplicates);
        answer.put("invalid", dead.size());
        answer.put("tips", references);
        answer.put("tipsRefused", tipsRefused);
        return Response.status(202).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.writeString(answer)).build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.writeString(Map.of("message", message))).build();
    }
}
