package org.bellwether.api;

import com.github.benmanes.caffeine.cache.Caffeine;
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
import io.dropwizard.lifecycle.AutoCloseableManager;
import io.dropwizard.servlets.assets.AssetServlet;
import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bellwether.api.admin.AdminResource;
import org.bellwether.api.admin.LinesResource;
import org.bellwether.api.admin.DemoData;
import org.bellwether.api.admin.PeriodicJobs;
import org.bellwether.api.assignments.AssignmentResource;
import org.bellwether.api.assignments.AssignmentService;
import org.bellwether.api.assignments.DeliveriesResource;
import org.bellwether.api.assignments.OfferLinkResource;
import org.bellwether.api.assignments.OfferReminders;
import org.bellwether.api.assignments.OfferReplies;
import org.bellwether.api.assignments.BriefingService;
import org.bellwether.api.audit.AuditChain;
import org.bellwether.api.audit.AuditResource;
import org.bellwether.api.audit.BufferedAuditTrail;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.audit.ReadAuditFeature;
import org.bellwether.api.audit.db.AuditDao;
import org.bellwether.api.auth.AuthResource;
import org.bellwether.api.auth.AuthSettings;
import org.bellwether.api.auth.LoginService;
import org.bellwether.api.auth.PasswordAuthenticator;
import org.bellwether.api.auth.ProblemUnauthorizedHandler;
import org.bellwether.api.auth.RoleAuthorizer;
import org.bellwether.api.auth.TokenAuthenticator;
import org.bellwether.api.auth.TokenService;
import org.bellwether.api.common.AdminPortGuard;
import org.bellwether.api.common.ApiExceptionMapper;
import org.bellwether.api.common.ApiJson;
import org.bellwether.api.common.ClientAddressFilter;
import org.bellwether.api.common.ConstraintViolationExceptionMapper;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.InvalidQueryExceptionMapper;
import org.bellwether.api.common.JdbiExceptionMapper;
import org.bellwether.api.common.JsonProcessingExceptionMapper;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.common.NoStoreFilter;
import org.bellwether.api.common.TopicConsumer;
import org.bellwether.api.common.ProblemErrorHandler;
import org.bellwether.api.common.RequestSizeLimitFilter;
import org.bellwether.api.common.UnhandledExceptionMapper;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.WebApplicationExceptionMapper;
import org.bellwether.api.dashboard.CityMapResource;
import org.bellwether.api.dashboard.CspReportResource;
import org.bellwether.api.dashboard.CspReports;
import org.bellwether.api.dashboard.DashboardResource;
import org.bellwether.api.dashboard.MapActivity;
import org.bellwether.api.dashboard.ThreatMap;
import org.bellwether.api.dashboard.ThreatsResource;
import org.bellwether.api.dashboard.BaseLayer;
import org.bellwether.api.dashboard.PulseResource;
import org.bellwether.api.dashboard.SearchExportResource;
import org.bellwether.api.dashboard.SecurityHeadersFilter;
import org.bellwether.api.dashboard.TimelineResource;
import org.bellwether.api.dashboard.db.DashboardDao;
import org.bellwether.api.intake.BackgroundLoop;
import org.bellwether.api.intake.CollectorGauges;
import org.bellwether.api.intake.CollectorsHealthCheck;
import org.bellwether.api.intake.IntakeAuditFeature;
import org.bellwether.api.intake.IntakeConfiguration.IntakeSettings;
import org.bellwether.api.intake.chat.ChatConversation;
import org.bellwether.api.intake.chat.ChatPlatform;
import org.bellwether.api.intake.chat.TelegramResource;
import org.bellwether.api.intake.chat.TelegramSender;
import org.bellwether.api.intake.chat.WhatsAppResource;
import org.bellwether.api.intake.chat.WhatsAppSender;
import org.bellwether.api.intake.tips.AddressRateLimiter;
import org.bellwether.api.intake.tips.KafkaTipPublisher;
import org.bellwether.api.intake.tips.FormOrigins;
import org.bellwether.api.intake.tips.TipFormResource;
import org.bellwether.api.intake.tips.TipFormTokens;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.api.intake.tips.TipMailbox;
import org.bellwether.api.intake.tips.TwilioSmsResource;
import org.bellwether.api.intake.watchlist.CollectorsStatusResource;
import org.bellwether.api.intake.watchlist.WatchlistResource;
import org.bellwether.api.intake.webhook.PartnerWebhookResource;
import org.bellwether.api.health.DatabaseHealthCheck;
import org.bellwether.api.health.IndexHealthCheck;
import org.bellwether.api.health.IndexerMetrics;
import org.bellwether.api.health.KafkaHealthCheck;
import org.bellwether.api.health.ProblemHealthCheck;
import org.bellwether.api.health.PrometheusEndpoint;
import org.bellwether.api.matching.Matcher;
import org.bellwether.api.matching.MatchingResource;
import org.bellwether.api.messengers.MessengerResource;
import org.bellwether.api.partners.HeadsUpService;
import org.bellwether.api.partners.PartnerObservations;
import org.bellwether.api.partners.PartnerResource;
import org.bellwether.api.partners.PartnerService;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.messengers.ReachAddresses;
import org.bellwether.api.narratives.DatabaseTriageLookup;
import org.bellwether.api.narratives.NarrativeResource;
import org.bellwether.api.narratives.NarrativeViews;
import org.bellwether.api.network.KafkaSignaturePublisher;
import org.bellwether.api.network.NetworkAcls;
import org.bellwether.api.network.NetworkMatches;
import org.bellwether.api.network.NetworkMatching;
import org.bellwether.api.network.NetworkResource;
import org.bellwether.api.network.NetworkSettings;
import org.bellwether.api.network.NetworkSharing;
import org.bellwether.api.network.SignatureIntake;
import org.bellwether.api.network.SignaturePublisher;
import org.bellwether.api.network.TrustList;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.api.notify.EmailSender;
import org.bellwether.api.notify.KafkaResponseSender;
import org.bellwether.api.notify.NotificationSender;
import org.bellwether.api.notify.DeliveryReports;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.notify.OfferLinks;
import org.bellwether.api.notify.OutboxDispatcher;
import org.bellwether.api.notify.Notification;
import org.bellwether.api.notify.SmsSender;
import org.bellwether.api.notify.SmsSettings;
import org.bellwether.api.notify.SmtpSettings;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.api.notify.WebhookSettings;
import org.bellwether.api.notify.db.OutboxDao;
import org.bellwether.api.openapi.OpenApiResource;
import org.bellwether.api.playbooks.PlaybookResource;
import org.bellwether.api.playbooks.PlaybookService;
import org.bellwether.api.search.PostOriginalResource;
import org.bellwether.api.tips.TipContacts;
import org.bellwether.api.tips.TipResource;
import org.bellwether.api.search.PostOriginals;
import org.bellwether.api.search.SearchReplica;
import org.bellwether.api.search.SearchResource;
import org.bellwether.api.inbox.Inbox;
import org.bellwether.api.inbox.InboxResource;
import org.bellwether.api.savedsearch.KafkaSavedSearchPublisher;
import org.bellwether.api.savedsearch.SavedSearchAlerts;
import org.bellwether.api.savedsearch.SavedSearchPublisher;
import org.bellwether.api.savedsearch.SavedSearchResource;
import org.bellwether.api.savedsearch.SavedSearchService;
import org.bellwether.api.triage.AlertIntake;
import org.bellwether.api.triage.TriageResource;
import org.bellwether.api.triage.TriageService;
import org.bellwether.api.triage.TriageSettings;
import org.bellwether.api.users.PasswordHasher;
import org.bellwether.api.users.UserResource;
import org.bellwether.api.users.UserService;
import org.bellwether.model.Alert;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.Topics;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.bellwether.ingest.watchlist.WatchlistSync;
import org.bellwether.search.IndexerService;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.SearchService;
import org.bellwether.search.SearchSettings;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.flywaydb.core.Flyway;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The api's one composition root: every object is built here with {@code new}, top to bottom. {@link #run} is
 * self-contained (migrations, dev-mode seeding, search replica, consumers), so the launcher starts it in-process with
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
        ApiJson.configure(bootstrap.getObjectMapper());
    }

    @Override
    public void run(BellwetherConfiguration config, Environment environment) {
        Clock clock = Clock.systemUTC();
        ((AbstractServerFactory) config.getServerFactory()).setRegisterDefaultExceptionMappers(false);
        // the admin port: its credentials when given; else, outside dev mode, only on loopback
        AdminPortConfiguration adminPort = config.getAdminPort();
        AdminPortGuard.check(config.getServerFactory(), adminPort.hasCredentials(), config.isDevMode());
        if (adminPort.hasCredentials()) {
            environment.admin().addFilter("admin-credentials",
                    new AdminPortGuard(adminPort.getUsername(), adminPort.getPassword()))
                    .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        }

        DataSourceFactory database = config.getDatabase();
        Flyway.configure()
                .dataSource(database.getUrl(), database.getUser(), database.getPassword())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Jdbi jdbi = new JdbiFactory().build(environment, database, "postgresql");
        jdbi.installPlugin(new PostgresPlugin());
        // plain SQL: no template parsing per statement (the two IN-list queries opt back in)
        jdbi.setTemplateEngine(new NoTemplateEngine());

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
        // alerts from the topic, saved searches, other cities and officers all open cases through this one intake
        AlertIntake cases = new AlertIntake(jdbi, triageSettings, audit, clock);
        NarrativeViews narratives = new NarrativeViews(search.service(), new DatabaseTriageLookup(jdbi, triage));
        OfferLinks offerLinks = config.getNotifications().buildOfferLinks(config.isDevMode(), System.getenv());
        MessengerService messengers = new MessengerService(jdbi, cipher, audit, clock,
                new ReachAddresses(offerLinks.addressKey()));
        SmtpSettings smtp = config.getNotifications().buildSmtp();
        WebhookSettings webhook = config.getNotifications().buildWebhook();
        SmsSettings sms = config.getNotifications().buildSms();
        IntakeSettings intake = config.getIntake().build();
        // the lines a messenger can be reached on: those with a sender
        Set<String> lines = new HashSet<>();
        if (smtp.enabled()) {
            lines.add(Notification.EMAIL);
        }
        if (sms.enabled()) {
            lines.add(Notification.SMS);
        }
        if (intake.whatsapp().enabled()) {
            lines.add(ChatPlatform.WHATSAPP.channel());
        }
        if (intake.telegram().enabled()) {
            lines.add(ChatPlatform.TELEGRAM.channel());
        }
        Notifier notifier = new Notifier(lines, webhook.enabled(), cipher, offerLinks,
                config.getNotifications().buildWhatsAppTemplates(), clock);
        AssignmentService assignments = new AssignmentService(jdbi, triage, notifier, audit, clock);
        OfferReplies offerReplies = new OfferReplies(jdbi, messengers, assignments, offerLinks, clock);
        DeliveryReports deliveries = new DeliveryReports(jdbi);
        PlaybookService playbooks = new PlaybookService(jdbi, audit);
        BriefingService briefings = new BriefingService(assignments, messengers, playbooks, search.service(), audit);
        PeriodicJobs jobs = new PeriodicJobs(jdbi, triageSettings, config.getRetention().build(), search.textExpiry(),
                notifier, new OfferReminders(jdbi, triageSettings, notifier, audit, clock), audit, clock);
        environment.lifecycle().manage(jobs);

        List<NotificationSender> senders = new ArrayList<>();
        if (smtp.enabled()) {
            senders.add(new EmailSender(smtp));
        }
        if (webhook.enabled()) {
            senders.add(new WebhookSender(webhook, clock));
        }
        if (sms.enabled()) {
            senders.add(new SmsSender(sms));
        }
        Set<String> replyChannels = new HashSet<>();
        if (smtp.enabled()) {
            replyChannels.add(Notification.EMAIL);
        }
        if (sms.enabled()) {
            replyChannels.add(Notification.SMS);
        }
        TipContacts tipContacts = new TipContacts(jdbi, cipher, audit, replyChannels);
        if (kafka.enabled()) {
            KafkaResponseSender responses = new KafkaResponseSender(kafka);
            environment.lifecycle().manage(responses);
            senders.add(responses);
        }
        CollectorMetrics intakeMetrics = sourceMetrics(environment);
        if (intake.whatsapp().enabled()) {
            senders.add(new WhatsAppSender(intake.whatsapp(), intakeMetrics.counters("whatsapp"), clock));
        }
        if (intake.telegram().enabled()) {
            senders.add(new TelegramSender(intake.telegram(), intakeMetrics.counters("telegram"), clock));
        }
        environment.lifecycle().manage(new OutboxDispatcher(jdbi, config.getNotifications().buildOutbox(), senders,
                messengers::openAddress, clock));
        if (config.isDevMode()) {
            DemoData.seed(jdbi, cipher, clock);
        }

        // authentication: bearer tokens, and in dev mode HTTP Basic; one role rule per endpoint, deny by default
        @SuppressWarnings("rawtypes")
        List<AuthFilter> authFilters = new ArrayList<>();
        authFilters.add(new OAuthCredentialAuthFilter.Builder<UserPrincipal>()
                .setAuthenticator(new TokenAuthenticator(tokens))
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix("Bearer")
                .setRealm("bellwether")
                .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                .buildAuthFilter());
        if (authSettings.basicAuth()) {
            CachingAuthenticator<BasicCredentials, UserPrincipal> passwords = new CachingAuthenticator<>(
                    environment.metrics(), new PasswordAuthenticator(logins, authSettings, clock),
                    Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(authSettings.credentialCache()));
            authFilters.add(new BasicCredentialAuthFilter.Builder<UserPrincipal>()
                    .setAuthenticator(passwords)
                    .setAuthorizer(new RoleAuthorizer())
                    .setPrefix("Basic")
                    .setRealm("bellwether")
                    .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                    .buildAuthFilter());
        }
        @SuppressWarnings("unchecked")
        ChainedAuthFilter<Object, UserPrincipal> authChain = new ChainedAuthFilter<>(authFilters);
        environment.jersey().register(new AuthDynamicFeature(authChain));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new DenyByDefaultFeature());
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(UserPrincipal.class));

        // errors: problem-style JSON, never a stack trace
        environment.jersey().register(new RequestSizeLimitFilter(config.getMaxRequestBytes()));
        environment.jersey().register(new NoStoreFilter());
        environment.jersey().register(new ApiExceptionMapper());
        environment.jersey().register(new InvalidQueryExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new JsonProcessingExceptionMapper());
        environment.jersey().register(new ConstraintViolationExceptionMapper());
        environment.jersey().register(new JdbiExceptionMapper());
        environment.jersey().register(new UnhandledExceptionMapper());
        ProblemErrorHandler jettyErrors = new ProblemErrorHandler();
        environment.getApplicationContext().setErrorHandler(jettyErrors);
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle server) {
                if (server instanceof Server jetty) {
                    jetty.setErrorHandler(jettyErrors);
                }
            }
        });
        environment.servlets().addFilter("client-address", new ClientAddressFilter(config.buildTrustedProxies()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");

        environment.jersey().register(new ReadAuditFeature(readAudit));
        environment.jersey().register(new AuthResource(logins, tokens, users, audit, clock));
        environment.jersey().register(new UserResource(users, clock, config.cityTimeZone()));
        environment.jersey().register(new AuditResource(jdbi.onDemand(AuditDao.class), new AuditChain(jdbi), audit));
        environment.jersey().register(new NarrativeResource(narratives, readAudit, environment.getObjectMapper()));
        environment.jersey().register(new SearchResource(search.service(), readAudit));
        environment.jersey().register(new TipResource(tipContacts));
        environment.jersey().register(new PostOriginalResource(new PostOriginals(search.service(), cipher, audit)));
        environment.jersey().register(new TriageResource(triage, readAudit, cases, search.service()::narrative));
        environment.jersey().register(new MessengerResource(messengers, clock,
                intake.telegram().enabled() ? intake.telegram().botUsername() : ""));
        environment.jersey().register(new MatchingResource(search.service(), messengers,
                new Matcher(config.getMatching().build()), readAudit, clock));
        environment.jersey().register(new AssignmentResource(assignments, briefings, users::displayName));
        environment.jersey().register(new PlaybookResource(playbooks));
        Inbox inbox = new Inbox(jdbi, clock);
        environment.jersey().register(new InboxResource(inbox));
        SavedSearchPublisher savedSearchPublisher = SavedSearchPublisher.WITHOUT_KAFKA;
        if (kafka.enabled()) {
            KafkaSavedSearchPublisher kafkaPublisher = new KafkaSavedSearchPublisher(kafka, jdbi);
            environment.lifecycle().manage(kafkaPublisher);
            savedSearchPublisher = kafkaPublisher;
        }
        environment.jersey().register(new SavedSearchResource(
                new SavedSearchService(jdbi, savedSearchPublisher, audit, clock)));
        NetworkSettings networkSettings = config.getNetwork().build(config.isDevMode(), System.getenv());
        wireNetwork(networkSettings, kafka, jdbi, search.service(), narratives, playbooks, cases,
                config.buildCity().neighbourhoodNames(), audit, clock, environment);
        environment.jersey().register(new AdminResource(messengers, jobs, jdbi.onDemand(OutboxDao.class)));
        environment.jersey().register(new LinesResource(lines, intakeMetrics, deliveries));
        environment.jersey().register(new OfferLinkResource(offerLinks, clock));
        environment.jersey().register(new DeliveriesResource(assignments, deliveries));

        // the dashboard: static pages with their security headers, and the few endpoints the pages need
        BellwetherConfiguration.City city = config.buildCity();
        DashboardDao dashboardQueries = jdbi.onDemand(DashboardDao.class);
        environment.servlets().addServlet("dashboard", new AssetServlet(DashboardResource.ASSETS,
                DashboardResource.UI_PATH, "index.html", StandardCharsets.UTF_8))
                .addMapping(DashboardResource.UI_PATH + "/*");
        BaseLayer baseLayer = config.buildBaseLayer();
        environment.servlets().addServlet("leaflet", new AssetServlet(DashboardResource.LEAFLET_ASSETS,
                DashboardResource.LEAFLET_PATH, null, StandardCharsets.UTF_8))
                .addMapping(DashboardResource.LEAFLET_PATH + "/*");
        environment.servlets().addFilter("dashboard-security-headers", new SecurityHeadersFilter(baseLayer.origin()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, DashboardResource.UI_PATH + "/*");
        environment.jersey().register(new DashboardResource());
        environment.jersey().register(new CspReportResource(new CspReports(clock), clock));
        environment.jersey().register(new SearchExportResource(search.service(), audit, clock));
        environment.jersey().register(new CityMapResource(new MapActivity(search.service(), city.map()),
                city.geoJson(), baseLayer, audit, clock));
        environment.jersey().register(new ThreatsResource(new ThreatMap(search.service(), city.map()), audit, clock));
        environment.jersey().register(new PulseResource(dashboardQueries, search.service(), clock));
        environment.jersey().register(new TimelineResource(dashboardQueries, audit));

        // ---- intake: the public entry points (tip form, SMS, WhatsApp and Telegram lines, e-mail inbox, partner
        // webhooks) and the admin watchlist. Without Kafka none of it is served: tips and watchlists would have
        // nowhere to go. (The tip lines' reply senders and the source counters are set up with the outbox above.)
        TipIntake tips = null;
        if (kafka.enabled()) {
            String bootstrap = kafka.bootstrapServers();
            String prefix = kafka.topicPrefix();
            List<String> neighbourhoods = city.neighbourhoodNames();
            environment.jersey().register(new IntakeAuditFeature(audit));
            environment.jersey().register(new CollectorsStatusResource(intakeMetrics));

            WatchlistRegistry watchlist = new WatchlistRegistry(intake.initialWatchlist(), clock);
            WatchlistSync watchlistSync = new WatchlistSync(bootstrap, prefix, watchlist);
            environment.lifecycle().manage(new BackgroundLoop("watchlist-sync", watchlistSync));
            environment.jersey().register(new WatchlistResource(watchlist, watchlistSync::publish));

            KafkaCollectorSink intakeSink = KafkaCollectorSink.create(bootstrap, prefix, intake.transactionalId());
            environment.lifecycle().manage(new AutoCloseableManager(intakeSink));
            environment.healthChecks().register("collectors",
                    new CollectorsHealthCheck(intakeMetrics, intakeSink::isHealthy));

            if (intake.tips()) {
                KafkaTipPublisher publisher = KafkaTipPublisher.create(bootstrap, prefix);
                environment.lifecycle().manage(new AutoCloseableManager(publisher));
                tips = new TipIntake(tip -> {
                    publisher.publish(tip);
                    tipContacts.remember(tip);
                }, cipher, AddressRateLimiter.standard(clock), () -> neighbourhoods,
                        clock, intakeMetrics.counters("tips"));
                environment.jersey().register(new TipFormResource(tips, () -> neighbourhoods, "/tips",
                        new TipFormTokens(intake.formTokenSecret(), intake.formTokenValidity(), clock),
                        new FormOrigins(intake.allowedOrigins())));
                if (!intake.twilioAuthToken().isBlank()) {
                    environment.jersey().register(new TwilioSmsResource(tips, intake.twilioAuthToken(),
                            intake.twilioPublicUrl(), clock, offerReplies, deliveries,
                            intakeMetrics.counters("sms")));
                }
                if (intake.whatsapp().enabled()) {
                    environment.jersey().register(new WhatsAppResource(intake.whatsapp(), new ChatConversation(
                            ChatPlatform.WHATSAPP, intake.whatsapp().appSecret(), jdbi, tips, cipher, clock,
                            offerReplies), intakeMetrics.counters("whatsapp"), clock, deliveries));
                }
                if (intake.telegram().enabled()) {
                    environment.jersey().register(new TelegramResource(intake.telegram(), new ChatConversation(
                            ChatPlatform.TELEGRAM, intake.telegram().secretToken(), jdbi, tips, cipher, clock,
                            offerReplies), intakeMetrics.counters("telegram"), clock));
                }
            }
            if (!intake.partners().isEmpty()) {
                environment.jersey().register(new PartnerWebhookResource(intake.partners(), intakeSink, tips,
                        intakeMetrics, clock));
            }
            if (intake.imap() != null) {
                environment.lifecycle().manage(new TipMailbox(intake.imap(), bootstrap, prefix, intakeSink, cipher,
                        AddressRateLimiter.standard(clock), () -> neighbourhoods, intakeMetrics, clock,
                        tipContacts::remember));
            }
        }
        // the wider network of partners: registry, heads-ups, and observations through the tip intake (when served)
        PartnerService partners = new PartnerService(jdbi, cipher, audit, clock);
        environment.jersey().register(new PartnerResource(partners,
                new HeadsUpService(jdbi, partners, playbooks, search.service(), cipher, audit, clock),
                new PartnerObservations(partners, tips, audit)));
        // ---- end of intake
        environment.jersey().register(new OpenApiResource(environment.jersey().getResourceConfig()));
        PrometheusEndpoint.mount(environment);

        KafkaHealthCheck kafkaHealth = new KafkaHealthCheck(kafka);
        environment.lifecycle().manage(kafkaHealth);
        environment.healthChecks().register("database", new DatabaseHealthCheck(jdbi));
        environment.healthChecks().register("kafka", kafkaHealth);
        environment.healthChecks().register("index", new IndexHealthCheck(search.service(), search.problem()));
        if (kafka.enabled()) {
            TopicConsumer<Alert> alerts = new TopicConsumer<>(kafka, Topics.ALERTS, "", "alerts",
                    cases::ingest, clock);
            environment.lifecycle().manage(alerts);
            environment.healthChecks().register("alerts", new ProblemHealthCheck(alerts::problem));
            SavedSearchAlerts savedSearchAlerts = new SavedSearchAlerts(jdbi, notifier, cases, audit, clock);
            TopicConsumer<SearchMatch> matches = new TopicConsumer<>(kafka, Topics.SEARCH_MATCHES, "-saved-searches",
                    "search-matches", savedSearchAlerts::take, clock);
            environment.lifecycle().manage(matches);
            environment.healthChecks().register("search-matches", new ProblemHealthCheck(matches::problem));
        }
    }

    /**
     * The network of cities: signatures shared to this city's own topic, {@code network.signatures.<city>} under the
     * network's prefix, and read from every city's (pattern subscription, so a city that joins later is found; each
     * city reads every record, in a consumer group of its own), matched against the live narratives.
     */
    private void wireNetwork(NetworkSettings settings, KafkaSettings kafka, Jdbi jdbi, SearchService search,
                             NarrativeViews narratives, PlaybookService playbooks, AlertIntake cases,
                             List<String> placeNames, DatabaseAuditTrail audit, Clock clock,
                             Environment environment) {
        boolean connected = settings.enabled() && kafka.enabled();
        SignaturePublisher publisher = SignaturePublisher.NOT_CONNECTED;
        if (connected) {
            KafkaSignaturePublisher kafkaPublisher = new KafkaSignaturePublisher(
                    settings.writeTo(kafka.bootstrapServers()), settings);
            environment.lifecycle().manage(kafkaPublisher);
            publisher = kafkaPublisher;
        }
        TrustList trust = new TrustList(jdbi, audit, clock);
        NetworkSharing sharing = new NetworkSharing(settings, narratives, playbooks, placeNames, publisher, jdbi,
                audit, clock);
        environment.jersey().register(new NetworkResource(settings, sharing,
                new NetworkMatches(playbooks, jdbi, audit, clock), trust, jdbi.onDemand(NetworkDao.class)));
        if (!connected) {
            return;
        }
        NetworkMatching matching = new NetworkMatching(settings, search, cases, jdbi, audit, clock);
        environment.lifecycle().manage(matching);
        SignatureIntake intake = new SignatureIntake(settings, trust, matching, jdbi, audit, clock);
        KafkaSettings network = new KafkaSettings(true, settings.readFrom(kafka.bootstrapServers()),
                settings.topicPrefix(), NetworkAcls.group(kafka.groupId(), settings.city()), kafka.healthTimeout());
        Map<String, String> readClient = new HashMap<>(settings.readClient());
        readClient.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, Long.toString(settings.topicRefresh().toMillis()));
        TopicConsumer<NarrativeSignature> signatures = new TopicConsumer<>(network, readClient,
                Topics.NETWORK_SIGNATURES, "", "network-signatures", intake::take, clock);
        environment.lifecycle().manage(signatures);
        environment.healthChecks().register("network-signatures", new ProblemHealthCheck(signatures::problem));
        if (settings.autoShareCritical()) {
            TopicConsumer<Alert> critical = new TopicConsumer<>(kafka, Topics.ALERTS, "-network-share",
                    "network-share", sharing::onAlert, clock);
            environment.lifecycle().manage(critical);
            environment.healthChecks().register("network-share", new ProblemHealthCheck(critical::problem));
        }
    }

    /**
     * The counters of the sources this process runs (intake's tips, partners and inbox), exported as metrics. A
     * process that runs more sources beside the api (dev mode's live sources) keeps them in the same counters, so the
     * admin status page and the {@code collectors} health check show every source of the process.
     */
    protected CollectorMetrics sourceMetrics(Environment environment) {
        return new CollectorMetrics(new CollectorGauges(environment.metrics()));
    }

    /**
     * This node's search replica: the Lucene index in {@code index.directory}, fed by its indexer from
     * {@code posts.scored} and {@code narratives} when Kafka is enabled. The seam tests override to put an in-memory
     * search in place of Lucene.
     */
    protected SearchBackend buildSearch(BellwetherConfiguration config, Environment environment) {
        SearchSettings settings = config.buildIndex();
        KafkaSettings kafka = config.buildKafka();
        LuceneSearchIndex index = LuceneSearchIndex.open(settings);
        IndexerService indexer = kafka.enabled() ? new IndexerService(index, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, kafka.groupId() + "-indexer"), settings.topicPrefix()) : null;
        if (indexer != null) {
            IndexerMetrics.register(environment.metrics(), indexer);
        }
        SearchReplica replica = new SearchReplica(index, indexer, settings.directory());
        return new SearchBackend(index, replica::problem, index::expireTextBefore, List.of(replica));
    }
}
