package org.bellwether.api.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Register or change a partner (officer, admin). {@code email} is sealed at once; {@code username} links an account
 * with the partner role.
 */
public record PartnerRequest(
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Pattern(regexp = "teacher|faith_leader|youth_worker|social_worker|health_worker"
                + "|community_organisation|other", message = "teacher, faith_leader, youth_worker, social_worker, "
                + "health_worker, community_organisation or other") String kind,
        @Size(max = 10) List<@Pattern(regexp = "[a-z]{2,3}", message = "ISO 639 code, e.g. es") String> languages,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> neighbourhoods,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> communities,
        boolean consent,
        @Email @Size(max = 300) String email,
        @Size(max = 100) String username,
        Boolean active) {
}
