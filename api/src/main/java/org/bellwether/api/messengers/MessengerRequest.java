package org.bellwether.api.messengers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Create or replace a messenger (admin). {@code username} links the messenger's own account. */
public record MessengerRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Pattern(regexp = "[\\p{L}\\p{N} ._-]{2,60}", message = "2-60 letters, digits, space . _ -")
        String pseudonym,
        @Email @Size(max = 300) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "a phone number") String phone,
        @NotNull @Valid MessengerProfile profile,
        @Min(0) @Max(50) int capacity,
        Boolean available,
        Instant absentFrom,
        Instant absentUntil,
        boolean consent,
        Boolean active,
        @Pattern(regexp = "[a-z]{2,3}", message = "ISO 639 code, e.g. es") String preferredLanguage,
        @Size(max = 100) String username) {
}
