package org.bellwether.api;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.CachingAuthenticator;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.auth.basic.BasicCredentials;
import io.dropwizard.auth.chained.ChainedAuthFilter;
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
import org.bellwether.api.admin.AdminResource;
import org.bellwether.api.admin.DemoData;
import org.bellwether.api.admin.PeriodicJobs;
import org.bellwether.api.assignments.AssignmentResource;
import org.bellwether.api.assignments.AssignmentService;
import org.bellwether.api.assignments.BriefingService;
import org.bellwether.api.audit.AuditResource;
import org.bellwether.api.audit.BufferedAuditTrail;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.auth.AuthResource;
import org.bellwether.api.auth.AuthSettings;
import org.bellwether.api.auth.LoginService;
import org.bellwether.api.auth.PasswordAuthenticator;
import org.bellwether.api.auth.ProblemUnauthorizedHandler;
import org.bellwether.api.auth.RoleAuthorizer;
import org.bellwether.api.auth.TokenAuthenticator;
import org.bellwether.api.auth.TokenService;
import org.bellwether.api.common.ApiExceptionMapper;
import org.bellwether.api.common.ClientAddressFilter;
import org.bellwether.api.common.ConstraintViolationExceptionMapper;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.InvalidQueryExceptionMapper;
import org.bellwether.api.common.JdbiExceptionMapper;
import org.bellwether.api.common.JsonProcessingExceptionMapper;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.common.RequestSizeLimitFilter;
import org.bellwether.api.common.UnhandledExceptionMapper;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.WebApplicationExceptionMapper;
import org.bellwether.api.health.DatabaseHealthCheck;
import org.bellwether.api.health.IndexHealthCheck;
import org.bellwether.api.health.KafkaHealthCheck;
import org.bellwether.api.health.ProblemHealthCheck;
import org.bellwether.api.matching.Matcher;
import org.bellwether.api.matching.MatchingResource;
import org.bellwether.api.messengers.MessengerResource;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.narratives.DatabaseTriageLookup;
import org.bellwether.api.narratives.NarrativeResource;
import org.bellwether.api.narratives.NarrativeViews;
import org.bellwether.api.notify.EmailSender;
import org.bellwether.api.notify.KafkaResponseSender;
import org.bellwether.api.notify.NotificationSender;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.notify.OutboxDispatcher;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.api.openapi.OpenApiResource;
import org.bellwether.api.playbooks.PlaybookResource;
import org.bellwether.api.playbooks.PlaybookService;
import org.bellwether.api.search.SearchResource;
import org.bellwether.api.triage.AlertConsumer;
import org.bellwether.api.triage.AlertIntake;
import org.bellwether.api.triage.TriageResource;
import org.bellwether.api.triage.TriageService;
import org.bellwether.api.triage.TriageSettings;
import org.bellwether.api.users.PasswordHasher;
import org.bellwether.api.users.UserResource;
import org.bellwether.api.users.UserService;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.flywaydb.core.Flyway;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
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
        BufferedAuditTrail readAudit = new BufferedAuditTrail(jdbi, clock);
        environment.lifecycle().manage(readAudit);
        TokenService tokens = new TokenService(jdbi, authSettings, clock);
        LoginService logins = new LoginService(jdbi, hasher, authSettings, audit, clock);
        UserService users = new UserService(jdbi, hasher, tokens, audit, clock);
        if (config.isDevMode()) {
            users.seedDemoUsers();
        }

        ContactCipher cipher = config.getContactKeys().buildCipher(config.isDevMode(), System.getenv());
        SearchBackend search = buildSearch(config, environment);
        search.lifecycle().forEach(environment.lifecycle()::manage);
        KafkaSettings kafka = config.buildKafka();

        TriageSettings triageSettings = config.getTriage().build();
        TriageService triage = new TriageService(jdbi, triageSettings, audit, clock);
        NarrativeViews narratives = new NarrativeViews(search.service(), new DatabaseTriageLookup(jdbi, triage));
        MessengerService messengers = new MessengerService(jdbi, cipher, audit, clock);
        NotificationConfiguration notifications = config.getNotifications();
        Notifier notifier = new Notifier(notifications.buildSmtp().enabled(), notifications.buildWebhook().enabled(),
                cipher);
        AssignmentService assignments = new AssignmentService(jdbi, triage, notifier, audit, clock);
        PlaybookService playbooks = new PlaybookService(jdbi, audit);
        BriefingService briefings = new BriefingService(assignments, messengers, playbooks, search.service(), audit);
        PeriodicJobs jobs = new PeriodicJobs(jdbi, triageSettings, config.getRetention().build(), search.textExpiry(),
                notifier, audit, clock);
        environment.lifecycle().manage(jobs);
        environment.lifecycle().manage(new OutboxDispatcher(jdbi, notifications.buildOutbox(),
                senders(notifications, kafka, environment, clock), messengers::openAddress, clock));
        if (config.isDevMode()) {
            DemoData.seed(jdbi, cipher, clock);
        }

        registerAuth(environment, authSettings, tokens, logins, clock);
        registerErrorHandling(environment, config.getMaxRequestBytes());
        environment.servlets().addFilter("client-address", new ClientAddressFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");

        environment.jersey().register(new AuthResource(logins, tokens, users, audit, clock));
        environment.jersey().register(new UserResource(users, clock));
        environment.jersey().register(new AuditResource(jdbi, audit));
        environment.jersey().register(new NarrativeResource(narratives, readAudit, environment.getObjectMapper()));
        environment.jersey().register(new SearchResource(search.service(), readAudit));
        environment.jersey().register(new TriageResource(triage, readAudit));
        environment.jersey().register(new MessengerResource(messengers, clock));
        environment.jersey().register(new MatchingResource(search.service(), messengers,
                new Matcher(config.getMatching().build()), readAudit, clock));
        environment.jersey().register(new AssignmentResource(assignments, briefings));
        environment.jersey().register(new PlaybookResource(playbooks));
        environment.jersey().register(new AdminResource(messengers, jobs, jdbi));
        BellwetherConfiguration.City city = config.buildCity();
        org.bellwether.api.dashboard.Dashboard.register(environment, search.service(), audit, jdbi, city.map(),
                city.geoJson(), clock);
        CollectorsWiring.register(config.getCollectors().build(), kafka, cipher, city.neighbourhoodNames(), audit,
                environment, clock);
        environment.jersey().register(new OpenApiResource(environment.jersey().getResourceConfig()));

        KafkaHealthCheck kafkaHealth = new KafkaHealthCheck(kafka);
        environment.lifecycle().manage(kafkaHealth);
        environment.healthChecks().register("database", new DatabaseHealthCheck(jdbi));
        environment.healthChecks().register("kafka", kafkaHealth);
        environment.healthChecks().register("index", new IndexHealthCheck(search.service(), search.problem()));
        if (kafka.enabled()) {
            AlertConsumer alerts = new AlertConsumer(kafka, new AlertIntake(jdbi, triageSettings, audit, clock), clock);
            environment.lifecycle().manage(alerts);
            environment.healthChecks().register("alerts", new ProblemHealthCheck(alerts::problem));
        }
    }

    private static List<NotificationSender> senders(NotificationConfiguration notifications, KafkaSettings kafka,
                                                    Environment environment, Clock clock) {
        List<NotificationSender> senders = new ArrayList<>();
        if (notifications.buildSmtp().enabled()) {
            senders.add(new EmailSender(notifications.buildSmtp()));
        }
        if (notifications.buildWebhook().enabled()) {
            senders.add(new WebhookSender(notifications.buildWebhook(), clock));
        }
        if (kafka.enabled()) {
            KafkaResponseSender responses = new KafkaResponseSender(kafka);
            environment.lifecycle().manage(responses);
            senders.add(responses);
        }
        return senders;
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
        // plain SQL: no template parsing per statement (the two IN-list queries opt back in)
        jdbi.setTemplateEngine(new NoTemplateEngine());
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
        environment.jersey().register(new JdbiExceptionMapper());
        environment.jersey().register(new UnhandledExceptionMapper());
    }
}
