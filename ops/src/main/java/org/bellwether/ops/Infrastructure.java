package org.bellwether.ops;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.admin.Admin;
import org.bellwether.embedded.EmbeddedPostgresServer;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.ingest.provisioning.ProvisioningSettings;
import org.bellwether.ingest.provisioning.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded infrastructure of dev mode and of the end-to-end tests: a real PostgreSQL and a real single-node
 * KRaft broker, both on 127.0.0.1, with every Bellwether topic provisioned (its cleanup policy and
 * {@code min.insync.replicas}, at replication 1; kept forever, since the scenarios replayed here carry event times,
 * which Kafka's retention counts from, months back). Persistent infrastructure keeps its data
 * under the data folder, so a second start resumes; temporary infrastructure is wiped on close.
 * Start and close are idempotent; close stops the broker before PostgreSQL.
 */
public final class Infrastructure implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);
    public static final String DATABASE = "bellwether";

    private final EmbeddedPostgresServer postgres;
    private final InProcessKafka kafka;
    private final int partitions;
    private String jdbcUrl;

    private Infrastructure(EmbeddedPostgresServer postgres, InProcessKafka kafka, int partitions) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.partitions = partitions;
    }

    /** Data under {@code dataDir/postgres} and {@code dataDir/kafka}; the broker on {@code kafkaPort}. */
    public static Infrastructure persistent(Path dataDir, int kafkaPort, int partitions) {
        return new Infrastructure(EmbeddedPostgresServer.persistent(dataDir.resolve("postgres"), 0),
                InProcessKafka.persistent(dataDir.resolve("kafka"), kafkaPort), partitions);
    }

    /** Free ports and temporary folders, for tests. */
    public static Infrastructure temporary(int partitions) {
        return new Infrastructure(EmbeddedPostgresServer.temporary(), InProcessKafka.temporary(), partitions);
    }

    /** Starts PostgreSQL and the broker side by side (each takes seconds) and creates the topics. */
    public synchronized Infrastructure start() {
        if (jdbcUrl != null) {
            return this;
        }
        CompletableFuture<EmbeddedPostgresServer> database = CompletableFuture.supplyAsync(postgres::start);
        kafka.start();
        try (Admin admin = kafka.admin()) {
            new TopicProvisioner(admin, new ProvisioningSettings("", 1, partitions, false).keepingForever()).apply()
                    .forEach(outcome -> LOG.debug("topic {}", outcome.line()));
        }
        try {
            database.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("PostgreSQL did not start: " + e.getCause().getMessage(), e.getCause());
        }
        jdbcUrl = postgres.createDatabase(DATABASE);
        LOG.info("Infrastructure ready: Kafka {}, PostgreSQL {}", kafka.bootstrapServers(), jdbcUrl);
        return this;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl() {
        if (jdbcUrl == null) {
            throw new IllegalStateException("not started");
        }
        return jdbcUrl;
    }

    public String databaseUser() {
        return EmbeddedPostgresServer.SUPERUSER;
    }

    public InProcessKafka kafka() {
        return kafka;
    }

    public int partitions() {
        return partitions;
    }

    @Override
    public synchronized void close() {
        kafka.close();
        postgres.close();
        jdbcUrl = null;
    }
}
