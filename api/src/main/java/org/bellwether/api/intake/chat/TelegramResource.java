package org.bellwether.api.intake.chat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import org.bellwether.api.common.PublicEndpoint;
import org.bellwether.ingest.CollectorCounters;

/**
 * The Telegram tip line, as a bot's webhook ({@code setWebhook} with a {@code secret_token}): only requests carrying
 * that token in {@code X-Telegram-Bot-Api-Secret-Token} are read (401 otherwise). Retries of an update are
 * recognised by its {@code update_id}. Thread-safe.
 */
@PublicEndpoint
@Tag(name = "Intake")
@Path("/tips/telegram")
public final class TelegramResource {
    private final TelegramSettings settings;
    private final ChatLine line;

    public TelegramResource(TelegramSettings settings, ChatConversation conversation, CollectorCounters counters,
                            Clock clock) {
        this.settings = settings;
        this.line = new ChatLine(conversation, counters, clock);
    }

    @Operation(summary = "Telegram tip line updates (authenticated by X-Telegram-Bot-Api-Secret-Token)")
    @ApiResponse(responseCode = "401", description = "bad or missing X-Telegram-Bot-Api-Secret-Token")
    @ApiResponse(responseCode = "503", description = "the tip could not be recorded yet; Telegram retries")
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public Response receive(byte[] body, @HeaderParam("X-Telegram-Bot-Api-Secret-Token") String secret) {
        if (secret == null || settings.secretToken().isEmpty() || !MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), settings.secretToken().getBytes(StandardCharsets.UTF_8))) {
            return line.refuse("bad or missing X-Telegram-Bot-Api-Secret-Token");
        }
        try {
            return line.handle(TelegramUpdates.message(body).map(List::of).orElse(List.of()));
        } catch (IOException e) {
            return line.unreadable();
        }
    }
}
