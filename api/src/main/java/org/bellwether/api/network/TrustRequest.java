package org.bellwether.api.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Trusts a city's key (or replaces it), with how to reach the city's team. */
public record TrustRequest(@NotBlank @Size(max = 200) String publicKey, @Size(max = 500) String contact) {
}
