package org.bellwether.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.api.ContactKeysConfiguration;
import org.bellwether.api.health.PrometheusEndpoint;
import org.bellwether.model.CityMap;
import org.bellwether.model.ContactCipher;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether process}: one stream-processor instance against an external Kafka cluster. Instances with the
 * same application id share the work by partitions; run as many as the topics have partitions.
 */
@Command(name = "process", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a stream-processor instance (scale out by starting more) against external Kafka, with",
                "the saved-search monitor step beside it, until stopped (Ctrl-C). Its admin port serves",
                "/healthcheck (kafka, processor RUNNING, monitor), /metrics and /metrics/prometheus.",
                "The author-pseudonym key (base64, at least 16 bytes) comes from the environment variable",
                "BELLWETHER_PSEUDONYM_KEY and must be the same on every instance and kept stable.",
                "Post links that name an author's account are sealed with the api's contact keys",
                "(BELLWETHER_CONTACT_KEYS and BELLWETHER_CONTACT_ACTIVE_KEY_ID), so officers can open them;",
                "without them such links are dropped."})
final class ProcessCommand implements Callable<Integer> {
    static final String KEY_ENV = "BELLWETHER_PSEUDONYM_KEY";

    @Spec
    private CommandSpec spec;
    @Option(names = "--state-dir", required = true, paramLabel = "DIR", description = "where the Streams state lives")
    private Path stateDir;
    @Option(names = "--bootstrap", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
    private String bootstrap = "127.0.0.1:9092";
    @Option(names = "--topic-prefix", paramLabel = "P", description = "deployment prefix of every topic")
    private String topicPrefix = "";
    @Option(names = "--city", paramLabel = "CITY.geojson", description = "the city's neighbourhoods (default: the "
            + "sample city)")
    private Path city;
    @Option(names = "--no-ner", description = "skip CoreNLP NER on harm candidates")
    private boolean noNer;
    @Option(names = "--admin-host", paramLabel = "HOST", description = "where the admin port (health checks, "
            + "metrics) listens (default: ${DEFAULT-VALUE}, this machine only)")
    private String adminHost = "127.0.0.1";
    @Option(names = "--admin-port", paramLabel = "PORT", description = "the admin port (default: ${DEFAULT-VALUE}; "
            + "0 for a free one)")
    private int adminPort = 8091;

    @Override
    public Integer call() throws Exception {
        RequiredTopics.check(bootstrap, topicPrefix, RequiredTopics.PROCESS, "process");
        String key = System.getenv(KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "set " + KEY_ENV + " (base64, e.g. from `openssl rand -base64 32`)");
        }
        CityMap cityMap = city != null ? CityMap.fromFile(city) : CityMap.sample();
        ProcessorSettings settings = ProcessorSettings.forCity(Base64.getDecoder().decode(key.trim()), cityMap, !noNer)
                .withTopicPrefix(topicPrefix)
                .withLinkCipher(linkCipher(System.getenv()));
        ProcessRole role = new ProcessRole(settings, bootstrap, stateDir);
        PrintStream out = Cli.out(spec);
        role.application(RoleApplication.adminOnly(adminHost, adminPort), server -> out.println(
                "bellwether process: running against " + bootstrap + " (state in " + stateDir + "); health and "
                        + "metrics on http://" + adminHost + ":" + RoleApplication.adminPort(server)
                        + "/healthcheck and " + PrometheusEndpoint.PATH + "; Ctrl-C stops and commits")).start();
        return 0;
    }

    /** The api's contact keys from the environment, or null (links that name an account are then dropped). */
    static ContactCipher linkCipher(Map<String, String> environment) {
        if (environment.get(ContactKeysConfiguration.ENV_KEYS) == null) {
            return null;
        }
        return new ContactKeysConfiguration().buildCipher(false, environment);
    }
}
