package org.bellwether.ops;

import org.bellwether.processor.Processors;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.bellwether.model.CityMap;
import org.bellwether.processor.ProcessorService;

/**
 * {@code bellwether process}: one stream-processor instance against an external Kafka cluster. Instances with the
 * same application id share the work by partitions; run as many as the topics have partitions.
 */
final class ProcessCommand implements Command {
    static final String KEY_ENV = "BELLWETHER_PSEUDONYM_KEY";

    @Override
    public String name() {
        return "process";
    }

    @Override
    public String summary() {
        return "run a stream-processor instance (scale out by starting more) against external Kafka";
    }

    @Override
    public String usage() {
        return """
                usage: bellwether process --state-dir DIR [--bootstrap 127.0.0.1:9092] [--topic-prefix P]
                                          [--city CITY.geojson] [--no-ner]
                  the author-pseudonym key (base64, at least 16 bytes) comes from the environment variable
                  BELLWETHER_PSEUDONYM_KEY and must be the same on every instance and kept stable.""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        Flags flags = Flags.parse(args, Set.of("no-ner"));
        String bootstrap = flags.get("bootstrap", "127.0.0.1:9092");
        Path stateDir = Path.of(flags.require("state-dir"));
        String prefix = flags.get("topic-prefix", "");
        CityMap city = flags.get("city").map(Path::of).map(CityMap::fromFile).orElseGet(CityMap::sample);
        boolean ner = !flags.has("no-ner");
        flags.requireAllKnown();
        String key = System.getenv(KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new Flags.UsageException("set " + KEY_ENV + " (base64, e.g. from `openssl rand -base64 32`)");
        }

        ProcessorService processor = Processors.service(
                Processors.settings(Base64.getDecoder().decode(key.trim()), city, prefix, ner), bootstrap, stateDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            processor.close();
            stopped.countDown();
        }, "process-stop"));
        processor.start();
        out.println("bellwether process: running against " + bootstrap + " (state in " + stateDir
                + "); Ctrl-C stops and commits");
        stopped.await();
        return 0;
    }
}
