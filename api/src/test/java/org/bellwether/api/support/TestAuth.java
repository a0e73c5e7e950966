package org.bellwether.api.support;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.time.Instant;
import java.util.Optional;
import org.bellwether.api.auth.ProblemUnauthorizedHandler;
import org.bellwether.api.auth.RoleAuthorizer;
import org.bellwether.api.common.ApiExceptionMapper;
import org.bellwether.api.common.ConstraintViolationExceptionMapper;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.InvalidQueryExceptionMapper;
import org.bellwether.api.common.JsonProcessingExceptionMapper;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UnhandledExceptionMapper;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.WebApplicationExceptionMapper;
import org.bellwether.model.Json;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Auth and error handling for {@code ResourceExtension} tests: the bearer token is the role name
 * ({@code Bearer officer}), or {@code role:username} to act as a particular user.
 */
public final class TestAuth {
    private TestAuth() {
    }

    public static ResourceExtension.Builder resources() {
        return ResourceExtension.builder()
                .setMapper(Json.configure(io.dropwizard.jackson.Jackson.newObjectMapper()))
                .setRegisterDefaultExceptionMappers(false)
                .addProvider(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<UserPrincipal>()
                        .setAuthenticator(TestAuth::principal)
                        .setAuthorizer(new RoleAuthorizer())
                        .setPrefix("Bearer")
                        .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                        .buildAuthFilter()))
                .addProvider(RolesAllowedDynamicFeature.class)
                .addProvider(new DenyByDefaultFeature())
                .addProvider(new AuthValueFactoryProvider.Binder<>(UserPrincipal.class))
                .addProvider(new ApiExceptionMapper())
                .addProvider(new InvalidQueryExceptionMapper())
                .addProvider(new WebApplicationExceptionMapper())
                .addProvider(new JsonProcessingExceptionMapper())
                .addProvider(new ConstraintViolationExceptionMapper())
                .addProvider(new UnhandledExceptionMapper());
    }

    static Optional<UserPrincipal> principal(String token) {
        String[] parts = token.split(":", 2);
        String role = parts[0];
        if (!Roles.isRole(role)) {
            return Optional.empty();
        }
        String username = parts.length > 1 ? parts[1] : role;
        return Optional.of(new UserPrincipal(Math.abs(username.hashCode()), username, role,
                Instant.now().plusSeconds(3600)));
    }

    /** A target for a path that may carry a query string ({@code /x?a=1&b=2}). */
    public static jakarta.ws.rs.client.WebTarget target(ResourceExtension resources, String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        jakarta.ws.rs.client.WebTarget target = resources.target(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                target = target.queryParam(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "",
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return target;
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
