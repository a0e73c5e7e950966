package org.bellwether.api.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password (admin). */
public record PasswordChange(@NotBlank @Size(min = 12, max = 1000, message = "must be 12 to 1000 characters")
                             String password) {
}
