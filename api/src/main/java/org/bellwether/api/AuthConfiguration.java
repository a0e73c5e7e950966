package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bellwether.api.auth.AuthSettings;

/** {@code auth:} token lifetime, lock-out and the argon2id cost. */
public class AuthConfiguration {
    @NotNull
    @JsonProperty
    private Duration tokenLifetime = Duration.hours(8);

    /**
     * Failed log-ins in a row, from any addresses, before the account locks. Far beyond what a person mistypes: a
     * guesser is slowed long before by the per (account, address) throttle, so this only stops a distributed attack.
     */
    @Min(20)
    @JsonProperty
    private int maxFailedLogins = 200;

    /** The longest wait the per (account, address) throttle imposes (the waits double from one second). */
    @NotNull
    @JsonProperty
    private Duration throttleMaxDelay = Duration.minutes(15);

    @NotNull
    @JsonProperty
    private Duration lockout = Duration.minutes(15);

    /** argon2id memory in KiB (OWASP: 19456 with 2 iterations). */
    @Min(8)
    @JsonProperty
    private int argon2MemoryKiB = 19456;

    @Min(1)
    @JsonProperty
    private int argon2Iterations = 2;

    /** How long a validated token or Basic credential stays cached before it is checked again. */
    @NotNull
    @JsonProperty
    private Duration credentialCache = Duration.seconds(30);

    public void setArgon2MemoryKiB(int argon2MemoryKiB) {
        this.argon2MemoryKiB = argon2MemoryKiB;
    }

    public void setArgon2Iterations(int argon2Iterations) {
        this.argon2Iterations = argon2Iterations;
    }

    public AuthSettings build(boolean devMode) {
        return new AuthSettings(tokenLifetime.toJavaDuration(), maxFailedLogins, throttleMaxDelay.toJavaDuration(),
                lockout.toJavaDuration(),
                argon2MemoryKiB, argon2Iterations, credentialCache.toJavaDuration(), devMode);
    }
}
