package org.bellwether.api.messengers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The part of their profile a messenger edits: availability, absence, capacity, channels, language, consent. */
public record MessengerSelfUpdate(@NotNull Boolean available, Instant absentFrom, Instant absentUntil,
                                  @Min(0) @Max(50) int capacity, @Size(max = 20) List<@Size(max = 100) String> channels,
                                  @Pattern(regexp = "[a-z]{2,3}", message = "ISO 639 code, e.g. es")
                                  String preferredLanguage,
                                  @NotNull Boolean consent) {
}
