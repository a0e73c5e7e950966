package org.bellwether.api.intake.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.bellwether.api.notify.NotificationRefused;
import org.bellwether.api.notify.NotificationSender;
import org.bellwether.api.notify.db.OutboxRow;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.model.Json;

/**
 * Sends a tip line's replies from the outbox as the platform's JSON request; a non-2xx answer (or Telegram's
 * {@code "ok": false}) throws, so the outbox tries again later. The line's counters keep the last error.
 * Thread-safe.
 */
abstract class ChatReplySender implements NotificationSender {
    private final HttpClient client;
    private final Duration timeout;
    private final CollectorCounters counters;
    private final Clock clock;

    ChatReplySender(Duration timeout, CollectorCounters counters, Clock clock) {
        this.timeout = timeout.isZero() ? Duration.ofSeconds(10) : timeout;
        this.client = HttpClient.newBuilder().connectTimeout(this.timeout).build();
        this.counters = counters;
        this.clock = clock;
    }

    /** The platform's request for this reply to this chat. */
    abstract HttpRequest.Builder request(String chatId, ChatReply reply);

    /** Whether a 2xx answer's body says the message was taken. */
    boolean accepted(String body) {
        return true;
    }

    @Override
    public String send(OutboxRow row, String recipient) throws IOException, InterruptedException {
        if (recipient == null) {
            throw new IOException("no chat to answer");
        }
        ChatReply reply = Json.read(row.body(), ChatReply.class);
        HttpRequest request = request(recipient, reply).timeout(timeout).header("Content-Type", "application/json")
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            counters.error("reply: " + e.getClass().getSimpleName());
            throw e;
        }
        if (response.statusCode() / 100 != 2 || !accepted(response.body())) {
            IOException refusal = refusal(response.statusCode(), response.body());
            counters.error("reply: HTTP " + response.statusCode()
                    + (refusal instanceof NotificationRefused ? " " + refusal.getMessage() : ""));
            throw refusal;
        }
        counters.succeeded(clock.instant());
        return messageId(response.body());
    }

    /**
     * Why the platform did not take the message: a {@link NotificationRefused} when trying again cannot help, else
     * an error the outbox retries.
     */
    IOException refusal(int status, String body) {
        return new IOException(channel() + " answered " + status);
    }

    /** The platform's id of the message it took, from its answer, or null. */
    abstract String messageId(String body);

    static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(Json.writeString(body), StandardCharsets.UTF_8);
    }

    static URI uri(String url) {
        return URI.create(url);
    }
}
