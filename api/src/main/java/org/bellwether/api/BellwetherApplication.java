package org.bellwether.api;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.CachingAuthenticator;
import io.dropwizard.auth.chained.ChainedAuthFilter;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.auth.basic.BasicCredentials;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.bellwether.api.auth.AuthSettings;
import org.bellwether.api.auth.ClientAddressFilter;
import org.bellwether.api.auth.DenyByDefaultFeature;
import org.bellwether.api.auth.LoginService;
import org.bellwether.api.auth.PasswordAuthenticator;
import org.bellwether.api.auth.PasswordHasher;
import org.bellwether.api.auth.ProblemUnauthorizedHandler;
import org.bellwether.api.auth.RoleAuthorizer;
import org.bellwether.api.auth.TokenAuthenticator;
import org.bellwether.api.auth.TokenService;
import org.bellwether.api.auth.UserPrincipal;
import org.bellwether.api.core.DatabaseAuditTrail;
import org.bellwether.api.core.NarrativeViews;
import org.bellwether.api.core.TriageLookup;
import org.bellwether.api.core.UserService;
import org.bellwether.api.health.DatabaseHealthCheck;
import org.bellwether.api.health.IndexHealthCheck;
import org.bellwether.api.health.KafkaHealthCheck;
import org.bellwether.api.resources.ApiExceptionMapper;
import org.bellwether.api.resources.AuditResource;
import org.bellwether.api.resources.AuthResource;
import org.bellwether.api.resources.ConstraintViolationExceptionMapper;
import org.bellwether.api.resources.InvalidQueryExceptionMapper;
import org.bellwether.api.resources.JsonProcessingExceptionMapper;
import org.bellwether.api.resources.NarrativeResource;
import org.bellwether.api.resources.RequestSizeLimitFilter;
import org.bellwether.api.resources.SearchResource;
import org.bellwether.api.resources.UnhandledExceptionMapper;
import org.bellwether.api.resources.UserResource;
import org.bellwether.api.resources.WebApplicationExceptionMapper;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.flywaydb.core.Flyway;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The api's one composition root: every object is built here with {@code new}. {@link #run} is self-contained
 * (migrations, dev-mode seeding, search replica, consumers), so the launcher starts it in-process with
 * {@code new BellwetherApplication().run("server", configFile)} and {@code -Ddw.*} overrides.
 */
public class BellwetherApplication extends Application<BellwetherConfiguration> {

    public static void main(String[] args) throws Exception {
        new BellwetherApplication().run(args);
    }

    @Override
    public String getName() {
        return "bellwether";
    }

    @Override
    public void initialize(Bootstrap<BellwetherConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        Json.configure(bootstrap.getObjectMapper());
    }

    @Override
    public void run(BellwetherConfiguration config, Environment environment) {
        Clock clock = Clock.systemUTC();
        ((AbstractServerFactory) config.getServerFactory()).setRegisterDefaultExceptionMappers(false);
        Jdbi jdbi = database(config.getDatabase(), environment);

        AuthSettings authSettings = config.getAuth().build(config.isDevMode());
        PasswordHasher hasher = new PasswordHasher(authSettings.argon2MemoryKiB(), authSettings.argon2Iterations());
        DatabaseAuditTrail audit = new DatabaseAuditTrail(jdbi, clock);
        TokenService tokens = new TokenService(jdbi, authSettings, clock);
        LoginService logins = new LoginService(jdbi, hasher, authSettings, audit, clock);
        UserService users = new UserService(jdbi, hasher, tokens, audit, clock);
        if (config.isDevMode()) {
            users.seedDemoUsers();
        }

        ContactCipher cipher = config.getContactKeys().buildCipher(config.isDevMode(), System.getenv());
        SearchBackend search = buildSearch(config, environment);
        search.lifecycle().forEach(environment.lifecycle()::manage);
        NarrativeViews narratives = new NarrativeViews(search.service(), TriageLookup.NONE);

        registerAuth(environment, authSettings, tokens, logins, clock);
        registerErrorHandling(environment, config.getMaxRequestBytes());
        environment.servlets().addFilter("client-address", new ClientAddressFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");

        environment.jersey().register(new AuthResource(logins, tokens, users, audit, clock));
        environment.jersey().register(new UserResource(users, clock));
        environment.jersey().register(new AuditResource(jdbi, audit));
        environment.jersey().register(new NarrativeResource(narratives, audit));
        environment.jersey().register(new SearchResource(search.service(), audit));

        KafkaHealthCheck kafkaHealth = new KafkaHealthCheck(config.buildKafka());
        environment.lifecycle().manage(kafkaHealth);
        environment.healthChecks().register("database", new DatabaseHealthCheck(jdbi));
        environment.healthChecks().register("kafka", kafkaHealth);
        environment.healthChecks().register("index", new IndexHealthCheck(search.service(), search.problem()));
    }

    /**
     * This node's search replica. The seam tests override to put an in-memory search in place of Lucene.
     */
    protected SearchBackend buildSearch(BellwetherConfiguration config, Environment environment) {
        return SearchBackends.lucene(config.buildIndex(), config.buildKafka());
    }

    private static Jdbi database(DataSourceFactory database, Environment environment) {
        Flyway.configure()
                .dataSource(database.getUrl(), database.getUser(), database.getPassword())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Jdbi jdbi = new JdbiFactory().build(environment, database, "postgresql");
        jdbi.installPlugin(new PostgresPlugin());
        return jdbi;
    }

    private static void registerAuth(Environment environment, AuthSettings settings, TokenService tokens,
                                     LoginService logins, Clock clock) {
        @SuppressWarnings("rawtypes")
        List<AuthFilter> filters = new ArrayList<>();
        filters.add(new OAuthCredentialAuthFilter.Builder<UserPrincipal>()
                .setAuthenticator(new TokenAuthenticator(tokens))
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix("Bearer")
                .setRealm("bellwether")
                .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                .buildAuthFilter());
        if (settings.basicAuth()) {
            CachingAuthenticator<BasicCredentials, UserPrincipal> basic = new CachingAuthenticator<>(
                    environment.metrics(), new PasswordAuthenticator(logins, settings, clock),
                    com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                            .maximumSize(10_000).expireAfterWrite(settings.credentialCache()));
            filters.add(new BasicCredentialAuthFilter.Builder<UserPrincipal>()
                    .setAuthenticator(basic)
                    .setAuthorizer(new RoleAuthorizer())
                    .setPrefix("Basic")
                    .setRealm("bellwether")
                    .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                    .buildAuthFilter());
        }
        @SuppressWarnings("unchecked")
        ChainedAuthFilter<Object, UserPrincipal> chain = new ChainedAuthFilter<>(filters);
        environment.jersey().register(new AuthDynamicFeature(chain));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new DenyByDefaultFeature());
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(UserPrincipal.class));
    }

    private static void registerErrorHandling(Environment environment, long maxRequestBytes) {
        environment.jersey().register(new RequestSizeLimitFilter(maxRequestBytes));
        environment.jersey().register(new ApiExceptionMapper());
        environment.jersey().register(new InvalidQueryExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new JsonProcessingExceptionMapper());
        environment.jersey().register(new ConstraintViolationExceptionMapper());
        environment.jersey().register(new UnhandledExceptionMapper());
    }
}
