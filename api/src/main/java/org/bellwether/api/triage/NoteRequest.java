package org.bellwether.api.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note on a case. */
public record NoteRequest(@NotBlank @Size(max = 10_000) String body) {
}
