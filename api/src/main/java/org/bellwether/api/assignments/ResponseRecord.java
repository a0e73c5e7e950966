package org.bellwether.api.assignments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What the messenger did: where ({@code channel}), a link or a description (one of them), when (defaults to now),
 * in which language, and how many people they think it reached.
 */
public record ResponseRecord(@NotBlank @Size(max = 100) String channel,
                             @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "an http(s) link")
                             String link,
                             @Size(max = 5000) String description,
                             Instant respondedAt,
                             @Pattern(regexp = "[a-z]{2,3}", message = "ISO 639 code") String language,
                             @PositiveOrZero Long estimatedReach) {
}
