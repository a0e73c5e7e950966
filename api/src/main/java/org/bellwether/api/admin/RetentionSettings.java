package org.bellwether.api.admin;

import java.time.Duration;

/** Raw post text older than {@code rawText} is deleted every {@code interval}; aggregates stay. */
public record RetentionSettings(boolean enabled, Duration rawText, Duration interval) {
}
