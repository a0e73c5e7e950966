package org.bellwether.api.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create an account (admin). */
public record UserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "lower-case letters, digits, . _ -")
        String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 300) String email,
        @NotBlank @Pattern(regexp = "officer|messenger|analyst|admin|partner", message = "officer, messenger, analyst, admin or partner")
        String role,
        @NotBlank @Size(min = 12, max = 1000, message = "must be 12 to 1000 characters") String password) {
}
