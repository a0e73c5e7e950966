package org.bellwether.api.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a partner observed: what, where (a neighbourhood), in which language, and an optional link. */
public record ObservationRequest(
        @NotBlank @Size(min = 3, max = 5000) String what,
        @Size(max = 100) String neighbourhood,
        @Pattern(regexp = "en|es|fr|ar", message = "en, es, fr or ar") String language,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "an http(s) link") String link) {
}
