package org.bellwether.api.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A heads-up about a narrative to the partners of a group: those who share one of the neighbourhoods, one of the
 * communities and one of the languages given (an empty list does not narrow the group). {@code summary} is the
 * officer's own words: never post text, authors or pseudonyms.
 */
public record HeadsUpRequest(
        @NotBlank @Size(max = 200) String narrativeId,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> neighbourhoods,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> communities,
        @Size(max = 10) List<@Pattern(regexp = "[a-z]{2,3}", message = "ISO 639 code, e.g. es") String> languages) {
}
