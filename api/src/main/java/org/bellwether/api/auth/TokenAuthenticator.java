package org.bellwether.api.auth;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;
import org.bellwether.api.common.UserPrincipal;

/** Bearer tokens, validated by {@link TokenService} (cached). */
public final class TokenAuthenticator implements Authenticator<String, UserPrincipal> {
    private final TokenService tokens;

    public TokenAuthenticator(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<UserPrincipal> authenticate(String token) {
        return tokens.authenticate(token);
    }
}
