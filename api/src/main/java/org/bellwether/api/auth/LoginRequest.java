package org.bellwether.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Log-in body. */
public record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 1000) String password) {
}
