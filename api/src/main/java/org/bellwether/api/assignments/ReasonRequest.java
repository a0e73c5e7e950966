package org.bellwether.api.assignments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reason (decline, withdrawal). */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
