package org.bellwether.tools.drill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.bellwether.model.CityMap;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorService;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;

/**
 * One processor instance of the drill, in its own JVM so that the drill can kill it with {@code SIGKILL}: built as
 * {@code bellwether process --no-ner} builds it (same topology, same exactly-once Streams settings, same application
 * id), except for a consumer session timeout of {@link #SESSION_TIMEOUT} instead of 45 s, so the surviving instance
 * takes over a killed one's partitions within the drill. Stops (cleanly, or after 20 s regardless) when its standard
 * input closes, because the drill ended or died, so no instance outlives the drill.
 *
 * <p>Arguments: bootstrap servers, state directory. The pseudonym key comes from {@code BELLWETHER_PSEUDONYM_KEY}.
 */
public final class DrillProcessor {
    static final String KEY_ENV = "BELLWETHER_PSEUDONYM_KEY";
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);

    private DrillProcessor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DrillProcessor BOOTSTRAP STATE_DIR");
            System.exit(2);
        }
        byte[] key = Base64.getDecoder().decode(System.getenv(KEY_ENV).trim());
        ProcessorSettings settings = ProcessorSettings.forCity(key, CityMap.sample(), false);
        Properties properties = StreamsProperties.forDeployment(settings.topicPrefix(), args[0], Path.of(args[1]));
        properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
                String.valueOf(SESSION_TIMEOUT.toMillis()));
        properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG),
                String.valueOf(SESSION_TIMEOUT.toMillis() / 5));
        ProcessorService processor = new ProcessorService(Pipeline.build(settings), properties);
        CountDownLatch parentGone = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            drain(System.in);
            parentGone.countDown();
        }, "drill-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        processor.start();
        System.out.println("drill processor running against " + args[0]);
        parentGone.await();
        Thread closing = new Thread(processor::close, "drill-processor-close");
        closing.setDaemon(true);
        closing.start();
        closing.join(CLOSE_TIMEOUT.toMillis()); // with the drill gone its brokers may be too: do not wait forever
        System.exit(0);
    }

    private static void drain(InputStream in) {
        try {
            while (in.read() >= 0) {
                // nothing is sent; the stream only ends
            }
        } catch (IOException e) {
            // closed: the parent is gone
        }
    }
}
