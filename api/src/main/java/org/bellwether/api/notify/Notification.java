package org.bellwether.api.notify;

/**
 * A message to queue in the outbox.
 *
 * @param channel         {@code email}, {@code sms}, {@code webhook} or {@code kafka}
 * @param destination     non-personal routing (Kafka key, webhook event type), or null
 * @param recipientSealed the person's address sealed with the contact cipher, or null
 * @param subject         subject line (email), or null
 * @param body            text (email) or JSON (webhook, kafka)
 * @param dedupKey        one notification per key, ever
 */
public record Notification(String channel, String destination, String recipientSealed, String subject, String body,
                           String dedupKey) {
    public static final String EMAIL = "email";
    public static final String SMS = "sms";
    public static final String WEBHOOK = "webhook";
    public static final String KAFKA = "kafka";
}
