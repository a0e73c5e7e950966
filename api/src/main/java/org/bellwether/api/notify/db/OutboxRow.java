package org.bellwether.api.notify.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code outbox}. */
public record OutboxRow(long id, String channel, String destination, String recipientSealed, String subject,
                        String body, String dedupKey, int attempts, Instant nextAttemptAt, Instant deliveredAt,
                        Instant failedAt, String lastError, Instant createdAt, UUID assignmentId, String providerId,
                        String reportedStatus, Instant reportedAt, String reportedError) {
}
