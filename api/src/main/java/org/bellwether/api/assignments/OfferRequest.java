package org.bellwether.api.assignments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Offer a narrative to a messenger; the deadline defaults to 24 hours from now. */
public record OfferRequest(@NotBlank @Size(max = 200) String narrativeId, @NotNull UUID messengerId,
                           Instant deadline, @Size(max = 5000) String note) {
}
