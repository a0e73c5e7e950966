package org.bellwether.api.support;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bellwether.api.BellwetherApplication;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.SearchBackend;
import org.bellwether.api.admin.TextExpiry;
import org.bellwether.model.ContactCipher;
import org.bellwether.search.SearchService;

/**
 * The whole application on ports 0 against a fresh database of the shared embedded PostgreSQL, with an in-memory
 * search in place of the Lucene replica and Kafka disabled (see src/test/resources/test-config.yml).
 */
public final class TestApps {
    public static final String DEV_PASSWORD = "bellwether-dev";

    private TestApps() {
    }

    public static DropwizardAppExtension<BellwetherConfiguration> app(SearchService search,
                                                                       ConfigOverride... overrides) {
        return app(search, TextExpiry.NONE, overrides);
    }

    public static DropwizardAppExtension<BellwetherConfiguration> app(SearchService search, TextExpiry expiry,
                                                                       ConfigOverride... overrides) {
        return new DropwizardAppExtension<>(support(search, expiry, () -> TestDatabase.emptyDatabaseUrl("app"),
                overrides));
    }

    /**
     * The same application as a support object a test starts and stops itself (several nodes over one database,
     * restarts), on the database {@code databaseUrl} gives.
     */
    public static DropwizardTestSupport<BellwetherConfiguration> support(SearchService search, TextExpiry expiry,
                                                                          Supplier<String> databaseUrl,
                                                                          ConfigOverride... overrides) {
        return support(search, expiry, databaseUrl, "dw.", overrides);
    }

    /**
     * Several applications in one test class (two cities): each reads its overrides from system properties under a
     * prefix of its own ({@code propertyPrefix}, e.g. {@code citya.}; the overrides must use the same prefix), so
     * that restoring one application's properties after the class cannot leave another's behind for later tests.
     */
    public static DropwizardAppExtension<BellwetherConfiguration> app(SearchService search, String propertyPrefix,
                                                                       ConfigOverride... overrides) {
        return new DropwizardAppExtension<>(support(search, TextExpiry.NONE,
                () -> TestDatabase.emptyDatabaseUrl("app"), propertyPrefix, overrides));
    }

    private static DropwizardTestSupport<BellwetherConfiguration> support(SearchService search, TextExpiry expiry,
                                                                           Supplier<String> databaseUrl,
                                                                           String propertyPrefix,
                                                                           ConfigOverride... overrides) {
        List<ConfigOverride> all = new ArrayList<>();
        all.add(ConfigOverride.config(propertyPrefix, "database.url", databaseUrl));
        all.add(ConfigOverride.config(propertyPrefix, "contactKeys.keys.test1", ContactCipher.newKey()));
        all.addAll(Arrays.asList(overrides));
        DropwizardTestSupport<BellwetherConfiguration> support = new DropwizardTestSupport<>(
                BellwetherApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"), propertyPrefix,
                all.toArray(new ConfigOverride[0])) {
            @Override
            public Application<BellwetherConfiguration> newApplication() {
                return new BellwetherApplication() {
                    @Override
                    protected SearchBackend buildSearch(BellwetherConfiguration config, Environment environment) {
                        return new SearchBackend(search, () -> null, expiry, List.of());
                    }
                };
            }
        };
        return support;
    }

    public static String url(DropwizardAppExtension<?> app, String path) {
        return "http://127.0.0.1:" + app.getLocalPort() + path;
    }

    /** Logs in and returns the bearer token. */
    public static String login(DropwizardAppExtension<?> app, String username, String password) {
        try (Response response = app.client().target(url(app, "/api/auth/login")).request()
                .post(Entity.json(Map.of("username", username, "password", password)))) {
            if (response.getStatus() != 200) {
                throw new AssertionError("login of " + username + " failed: " + response.getStatus() + " "
                        + response.readEntity(String.class));
            }
            return (String) response.readEntity(Map.class).get("token");
        }
    }

    public static Invocation.Builder as(DropwizardAppExtension<?> app, String token, String path) {
        return app.client().target(url(app, path)).request().header("Authorization", "Bearer " + token);
    }
}
