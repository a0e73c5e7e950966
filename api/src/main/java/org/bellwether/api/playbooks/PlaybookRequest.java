package org.bellwether.api.playbooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new version of the playbook for one harm category (wire name, or {@code general}) and language.
 */
public record PlaybookRequest(
        @NotBlank @Pattern(regexp = "[a-z_]{3,40}", message = "a harm category wire name or general") String category,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "ISO 639 code, e.g. es") String language,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> talkingPoints,
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> dos,
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> donts,
        @Size(max = 2000) String safetyNote) {
}
