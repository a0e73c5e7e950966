package org.bellwether.api.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Move a case to state {@code to}; {@code reason} is required to dismiss. */
public record TransitionRequest(@NotBlank @Size(max = 40) String to, @Size(max = 2000) String reason) {
}
