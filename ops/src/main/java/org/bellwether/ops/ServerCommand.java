package org.bellwether.ops;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bellwether server CONFIG.yml}: the api (with its own Lucene replica) against external Kafka and PostgreSQL. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the api node (search replica, triage, dashboard) against external Kafka and PostgreSQL.",
                "Configuration keys: api/README.md; example: api/config/example.yml (secrets from the environment)."})
final class ServerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG.yml", description = "the Dropwizard configuration file")
    private Path configuration;

    @Override
    public Integer call() throws Exception {
        new ServerApplication().run("server", configuration.toString());
        return 0;
    }
}
