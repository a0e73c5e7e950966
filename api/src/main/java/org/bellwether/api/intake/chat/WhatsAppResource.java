package org.bellwether.api.intake.chat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.bellwether.api.common.PublicEndpoint;
import org.bellwether.api.notify.DeliveryReports;
import org.bellwether.ingest.CollectorCounters;

/**
 * The WhatsApp tip line, as the callback URL of a WhatsApp Business Cloud API app: {@code GET} answers the
 * verification request, {@code POST} takes the {@code messages} webhook, signed by the app secret in
 * {@code X-Hub-Signature-256} (401 otherwise, before anything is read). Retries of a message are recognised by its
 * id. Delivery reports of the messages the line sent ({@code statuses}) are recorded on their notifications.
 * Thread-safe.
 */
@PublicEndpoint
@Tag(name = "Intake")
@Path("/tips/whatsapp")
public final class WhatsAppResource {
    private final WhatsAppSettings settings;
    private final ChatLine line;
    private final DeliveryReports deliveries;
    private final Clock clock;

    public WhatsAppResource(WhatsAppSettings settings, ChatConversation conversation, CollectorCounters counters,
                            Clock clock) {
        this(settings, conversation, counters, clock, null);
    }

    /** @param deliveries where the {@code statuses} of sent messages are recorded, or null to skip them */
    public WhatsAppResource(WhatsAppSettings settings, ChatConversation conversation, CollectorCounters counters,
                            Clock clock, DeliveryReports deliveries) {
        this.settings = settings;
        this.line = new ChatLine(conversation, counters, clock);
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Operation(summary = "The WhatsApp webhook verification: echoes hub.challenge when hub.verify_token matches")
    @ApiResponse(responseCode = "403", description = "wrong hub.mode, hub.verify_token or hub.challenge")
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
                           @QueryParam("hub.challenge") String challenge) {
        boolean matches = token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                settings.verifyToken().getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !matches || challenge == null || !challenge.matches("[A-Za-z0-9_-]{1,128}")) {
            return Response.status(403).type(MediaType.TEXT_PLAIN).entity("verification refused").build();
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
    }

    @Operation(summary = "WhatsApp tip line messages (signed with X-Hub-Signature-256)")
    @ApiResponse(responseCode = "401", description = "bad or missing X-Hub-Signature-256")
    @ApiResponse(responseCode = "503", description = "the tip could not be recorded yet; the platform retries")
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public Response receive(byte[] body, @HeaderParam("X-Hub-Signature-256") String signature) {
        if (!WhatsAppWebhook.validSignature(settings.appSecret(), body, signature)) {
            return line.refuse("bad or missing X-Hub-Signature-256");
        }
        try {
            Response answer = line.handle(WhatsAppWebhook.messages(body));
            if (deliveries != null && answer.getStatus() == 200) {
                for (WhatsAppWebhook.Status status : WhatsAppWebhook.statuses(body)) {
                    deliveries.report(ChatPlatform.WHATSAPP.channel(), status.messageId(), status.status(),
                            status.at() == null ? clock.instant() : status.at(), status.error());
                }
            }
            return answer;
        } catch (IOException e) {
            return line.unreadable();
        }
    }
}
