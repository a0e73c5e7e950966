package org.bellwether.ops;

import org.bellwether.processor.Processors;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bellwether.model.CityMap;
import org.bellwether.processor.ProcessorService;

/**
 * {@code bellwether dev}: the whole system in one JVM on embedded defaults: an in-process KRaft broker and an
 * embedded PostgreSQL, the processor, the demo stream and the api with the dashboard, all on 127.0.0.1, with
 * state under the data folder so a second start resumes.
 */
final class DevCommand implements Command {
    static final String DEMO_PASSWORD = "bellwether-dev";

    @Override
    public String name() {
        return "dev";
    }

    @Override
    public String summary() {
        return "run everything in one JVM on embedded defaults, stream the demo city, print the URLs";
    }

    @Override
    public String usage() {
        return """
                usage: bellwether dev [--data DIR] [--port 8080] [--admin-port 8081] [--kafka-port 9092]
                                      [--partitions 3] [--demo-rate 50] [--seed 42] [--no-demo] [--no-ner]
                  --data        state folder (Kafka log, PostgreSQL, Streams state, Lucene index, dev keys);
                                default: ./data in the repository. Delete it to start over.
                  --demo-rate   demo posts and tips per second (the Port Lucena scenario has about 5,200)
                  --no-ner      skip CoreNLP NER on harm candidates (faster start, less memory)""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        Flags flags = Flags.parse(args, Set.of("no-demo", "no-ner"));
        Path data = flags.getPath("data", Home.path().resolve("data")).toAbsolutePath();
        int port = flags.getInt("port", 8080);
        int adminPort = flags.getInt("admin-port", 8081);
        int kafkaPort = flags.getInt("kafka-port", 9092);
        int partitions = flags.getInt("partitions", 3);
        double demoRate = flags.getInt("demo-rate", 50);
        long seed = flags.getInt("seed", 42);
        boolean demo = !flags.has("no-demo");
        boolean ner = !flags.has("no-ner");
        flags.requireAllKnown();

        out.println("Bellwether dev: starting embedded Kafka and PostgreSQL under " + data + " ...");
        DevSecrets secrets = DevSecrets.loadOrCreate(data);
        Infrastructure infrastructure = Infrastructure.persistent(data, kafkaPort, partitions);
        AtomicBoolean serving = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!serving.get()) {
                infrastructure.close(); // the api never came up, so its lifecycle will not stop these
            }
        }, "dev-infrastructure-stop"));
        infrastructure.start();

        String bootstrap = infrastructure.bootstrapServers();
        System.setProperty("dw.database.url", infrastructure.jdbcUrl());
        System.setProperty("dw.database.user", infrastructure.databaseUser());
        System.setProperty("dw.database.password", "");
        System.setProperty("dw.kafka.bootstrapServers", bootstrap);
        System.setProperty("dw.index.directory", data.resolve("index").toString());
        System.setProperty("dw.contactKeys.activeKeyId", secrets.contactKeyId());
        System.setProperty("dw.contactKeys.keys." + secrets.contactKeyId(), secrets.contactKey());
        System.setProperty("dw.server.applicationConnectors[0].port", String.valueOf(port));
        System.setProperty("dw.server.adminConnectors[0].port", String.valueOf(adminPort));

        ProcessorService processor = Processors.service(
                Processors.settings(secrets.pseudonymKeyBytes(), CityMap.sample(), "", ner),
                bootstrap, data.resolve("streams"));
        DemoFeed feed = demo ? new DemoFeed(bootstrap, secrets.contactCipher(), seed, demoRate) : null;
        DevApplication application = new DevApplication(infrastructure, new ManagedProcessor(processor), feed,
                () -> {
                    serving.set(true);
                    printBanner(out, port, adminPort, bootstrap, infrastructure.jdbcUrl(), data, demo);
                });
        application.run("server", Home.path().resolve("api/config/dev.yml").toString());
        return 0;
    }

    private static void printBanner(PrintStream out, int port, int adminPort, String bootstrap, String jdbcUrl,
                                    Path data, boolean demo) {
        Duration startup = Duration.ofMillis(
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        out.printf("""

                Bellwether is running (started in %.1f s).
                  Dashboard and API  http://localhost:%d/
                                     sign in as officer, messenger, analyst or admin; password %s
                  Health and admin   http://localhost:%d/healthcheck
                  Kafka              %s        PostgreSQL  %s (user postgres)
                  Data               %s   (delete it to start over)
                %s
                  Try:  curl -u analyst:%s 'http://localhost:%d/api/search/posts?q=shelter'
                        curl -u officer:%s 'http://localhost:%d/api/narratives?flagged=true'
                Ctrl-C stops everything cleanly; the next `dev` resumes where this one stopped.

                """, startup.toMillis() / 1000.0, port, DEMO_PASSWORD, adminPort, bootstrap, jdbcUrl, data,
                demo ? "  Demo               streaming the Port Lucena scenario (three days of city time)\n" : "",
                DEMO_PASSWORD, port, DEMO_PASSWORD, port);
        out.flush();
    }
}
