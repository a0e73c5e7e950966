package org.bellwether.api.notify;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bellwether.api.notify.db.OutboxRow;
import org.bellwether.model.Json;

/**
 * Sends outbox SMS through a gateway speaking Twilio's Messages API ({@link SmsSettings}). A 2xx answer is a
 * delivery; anything else is retried by the outbox. The message body and number are never logged. Thread-safe.
 */
public final class SmsSender implements NotificationSender {
    private final SmsSettings settings;
    private final HttpClient client;
    private final URI messages;

    public SmsSender(SmsSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
                : settings.baseUrl();
        this.messages = URI.create(base + "/2010-04-01/Accounts/"
                + URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8) + "/Messages.json");
    }

    @Override
    public String channel() {
        return Notification.SMS;
    }

    @Override
    public String send(OutboxRow row, String recipient) throws IOException, InterruptedException {
        if (recipient == null) {
            throw new IOException("no recipient");
        }
        String form = "To=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8)
                + "&From=" + URLEncoder.encode(settings.from(), StandardCharsets.UTF_8)
                + "&Body=" + URLEncoder.encode(row.body(), StandardCharsets.UTF_8)
                + (settings.statusCallback() == null || settings.statusCallback().isBlank() ? ""
                        : "&StatusCallback=" + URLEncoder.encode(settings.statusCallback(), StandardCharsets.UTF_8));
        String credentials = settings.accountSid() + ":" + (settings.authToken() == null ? "" : settings.authToken());
        HttpRequest request = HttpRequest.newBuilder(messages)
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("SMS gateway answered " + response.statusCode());
        }
        try {
            String sid = Json.mapper().readTree(response.body()).path("sid").asText("");
            return sid.isEmpty() ? null : sid;
        } catch (IOException e) {
            return null; // taken, without an id to match delivery reports to
        }
    }
}
