package org.bellwether.api;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bellwether.api.CollectorsConfiguration.CollectorsSettings;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.collectors.CheckpointStore;
import org.bellwether.collectors.CollectorMetrics;
import org.bellwether.collectors.CollectorTopics;
import org.bellwether.collectors.CollectorsHealthCheck;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.collectors.KafkaCollectorSink;
import org.bellwether.collectors.LiveCollectors;
import org.bellwether.collectors.tips.AddressRateLimiter;
import org.bellwether.collectors.tips.KafkaTipPublisher;
import org.bellwether.collectors.tips.TipFormResource;
import org.bellwether.collectors.tips.TipIntake;
import org.bellwether.collectors.tips.TwilioSmsResource;
import org.bellwether.collectors.watchlist.CollectorsStatusResource;
import org.bellwether.collectors.watchlist.Watchlist;
import org.bellwether.collectors.watchlist.WatchlistRegistry;
import org.bellwether.collectors.watchlist.WatchlistResource;
import org.bellwether.collectors.watchlist.WatchlistSync;
import org.bellwether.collectors.watchlist.WatchlistYaml;
import org.bellwether.collectors.webhook.PartnerWebhookResource;
import org.bellwether.model.ContactCipher;

/**
 * What the api node serves from the collectors module: the public tip lines (form, SMS webhook), partner
 * webhooks, the admin watchlist (published to every collector process through {@code collector.watchlists}) and
 * the collectors' status; with {@code collectors.live}, the live sources themselves. Without Kafka none of it is
 * served: tips and watchlists would have nowhere to go.
 */
final class CollectorsWiring {
    private CollectorsWiring() {
    }

    static void register(CollectorsSettings settings, KafkaSettings kafka, ContactCipher cipher,
                         List<String> neighbourhoods, AuditTrail audit, Environment environment, Clock clock) {
        if (!kafka.enabled()) {
            return;
        }
        environment.jersey().register(new CollectorsAuditFeature(audit));
        CollectorMetrics metrics = new CollectorMetrics(environment.metrics());
        environment.jersey().register(new CollectorsStatusResource(metrics));
        String bootstrap = kafka.bootstrapServers();
        String prefix = kafka.topicPrefix();
        WatchlistRegistry registry = new WatchlistRegistry(initialWatchlist(settings), clock);
        WatchlistSync sync = new WatchlistSync(bootstrap, prefix, registry);
        environment.lifecycle().manage(onThread("watchlist-sync", sync));
        environment.jersey().register(new WatchlistResource(registry, sync::publish));

        KafkaCollectorSink sink = KafkaCollectorSink.create(bootstrap, prefix, settings.transactionalId());
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                sink.close();
            }
        });
        environment.healthChecks().register("collectors", new CollectorsHealthCheck(metrics, sink::isHealthy));

        TipIntake intake = null;
        if (settings.tips()) {
            KafkaTipPublisher publisher = KafkaTipPublisher.create(bootstrap, prefix);
            environment.lifecycle().manage(new Managed() {
                @Override
                public void stop() throws Exception {
                    publisher.close();
                }
            });
            intake = new TipIntake(publisher, cipher, AddressRateLimiter.standard(clock), () -> neighbourhoods, clock,
                    metrics.counters("tips"));
            environment.jersey().register(new TipFormResource(intake, () -> neighbourhoods, "/tips"));
            if (!settings.twilioAuthToken().isBlank()) {
                environment.jersey().register(new TwilioSmsResource(intake, settings.twilioAuthToken(),
                        settings.twilioPublicUrl(), clock));
            }
        }
        if (!settings.partners().isEmpty()) {
            environment.jersey().register(new PartnerWebhookResource(settings.partners(), sink, intake, metrics,
                    clock));
        }
        if (settings.live()) {
            environment.lifecycle().manage(new Managed() {
                private LiveCollectors live;

                @Override
                public void start() {
                    CheckpointStore checkpoints = CheckpointStore.load(bootstrap,
                            CollectorTopics.withPrefix(prefix).checkpoints(), Duration.ofSeconds(30));
                    sink.onCommit(checkpoints::rememberAll);
                    live = new LiveCollectors(registry, sink, checkpoints, metrics, HttpSupport.client(), clock)
                            .start();
                }

                @Override
                public void stop() {
                    if (live != null) {
                        live.close();
                    }
                }
            });
        }
    }

    private static Watchlist initialWatchlist(CollectorsSettings settings) {
        if (settings.watchlist() == null) {
            return Watchlist.EMPTY;
        }
        try {
            return WatchlistYaml.read(settings.watchlist());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read watchlist " + settings.watchlist(), e);
        }
    }

    /** Runs a loop on its own thread for the lifecycle of the application. */
    private static Managed onThread(String name, WatchlistSync loop) {
        return new Managed() {
            private Thread thread;

            @Override
            public void start() {
                thread = new Thread(loop, name);
                thread.setDaemon(true);
                thread.start();
            }

            @Override
            public void stop() throws Exception {
                loop.close();
                thread.join(10_000);
            }
        };
    }
}
