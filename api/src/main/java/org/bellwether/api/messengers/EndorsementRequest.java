package org.bellwether.api.messengers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer vouches for a messenger. */
public record EndorsementRequest(@NotBlank @Size(max = 2000) String note) {
}
