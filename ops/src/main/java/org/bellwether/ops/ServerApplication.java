package org.bellwether.ops;

import io.dropwizard.core.setup.Environment;
import org.bellwether.api.BellwetherApplication;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.common.KafkaSettings;

/**
 * The api as {@code bellwether server} runs it: before anything starts, it refuses to go on when a topic it needs
 * exists with the wrong cleanup policy ({@link RequiredTopics#SERVER}).
 */
final class ServerApplication extends BellwetherApplication {

    @Override
    public void run(BellwetherConfiguration config, Environment environment) {
        KafkaSettings kafka = config.buildKafka();
        if (kafka.enabled()) {
            RequiredTopics.check(kafka.bootstrapServers(), kafka.topicPrefix(), RequiredTopics.SERVER, "server");
        }
        super.run(config, environment);
    }
}
