package org.bellwether.api.assignments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Withdraw an assignment and offer the narrative to another messenger. */
public record ReassignRequest(@NotNull UUID messengerId, Instant deadline, @Size(max = 2000) String reason) {
}
