package org.bellwether.api.auth;

import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import java.time.Clock;
import java.util.Optional;
import org.bellwether.api.common.UserPrincipal;

/**
 * HTTP Basic credentials (dev mode only), checked with lock-out by {@link LoginService}. Wrap it in Dropwizard's
 * {@code CachingAuthenticator}: argon2id per request would make reads slow.
 */
public final class PasswordAuthenticator implements Authenticator<BasicCredentials, UserPrincipal> {
    private final LoginService logins;
    private final AuthSettings settings;
    private final Clock clock;

    public PasswordAuthenticator(LoginService logins, AuthSettings settings, Clock clock) {
        this.logins = logins;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<UserPrincipal> authenticate(BasicCredentials credentials) {
        return logins.check(credentials.getUsername(), credentials.getPassword(), "basic-auth")
                .map(user -> new UserPrincipal(user.id(), user.username(), user.role(),
                        clock.instant().plus(settings.credentialCache())));
    }
}
