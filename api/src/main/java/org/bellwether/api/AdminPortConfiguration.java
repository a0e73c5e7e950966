package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code adminPort:} the credentials of the admin port (health checks, metrics, tasks), from the environment
 * ({@code ${BELLWETHER_ADMIN_USER}}, {@code ${BELLWETHER_ADMIN_PASSWORD}}). Given, every admin request needs them
 * (HTTP Basic); not given, the server starts only in dev mode or with the admin port on loopback.
 */
public class AdminPortConfiguration {
    @JsonProperty
    private String username = "";

    @JsonProperty
    private String password = "";

    /** Both set (a half-configured pair is an error, not silently no credentials). */
    public boolean hasCredentials() {
        boolean user = username != null && !username.isBlank();
        boolean secret = password != null && !password.isBlank();
        if (user != secret) {
            throw new IllegalStateException("adminPort.username and adminPort.password are set together");
        }
        if (secret && password.length() < 12) {
            throw new IllegalStateException("adminPort.password must be at least 12 characters");
        }
        return user;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }
}
