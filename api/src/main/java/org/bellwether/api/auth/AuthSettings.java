package org.bellwether.api.auth;

import java.time.Duration;

/**
 * Authentication policy.
 *
 * @param tokenLifetime      how long a bearer token lives
 * @param maxFailedLogins    failures in a row, from any addresses, before the account locks: far beyond a person's
 * @param throttleMaxDelay   the longest wait the per (account, address) throttle imposes
 * @param lockout            how long it stays locked
 * @param argon2MemoryKiB    argon2id memory cost for new hashes
 * @param argon2Iterations   argon2id time cost for new hashes
 * @param credentialCache    how long a validated credential is trusted without a database look-up
 * @param basicAuth          accept HTTP Basic (dev mode only)
 */
public record AuthSettings(Duration tokenLifetime, int maxFailedLogins, Duration throttleMaxDelay, Duration lockout,
                           int argon2MemoryKiB, int argon2Iterations, Duration credentialCache, boolean basicAuth) {
}
