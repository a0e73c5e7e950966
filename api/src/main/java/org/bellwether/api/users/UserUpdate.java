package org.bellwether.api.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Change an account (admin). A role change or deactivation revokes the account's tokens. */
public record UserUpdate(
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 300) String email,
        @NotBlank @Pattern(regexp = "officer|messenger|analyst|admin|partner", message = "officer, messenger, analyst, admin or partner")
        String role,
        @NotNull Boolean active) {
}
