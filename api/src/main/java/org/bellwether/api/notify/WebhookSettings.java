package org.bellwether.api.notify;

import java.time.Duration;

/** The signed webhook (SMS or chat bridge): every POST carries {@code X-Bellwether-Signature}. */
public record WebhookSettings(boolean enabled, String url, String secret, Duration timeout) {
}
