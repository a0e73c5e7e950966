package org.bellwether.ops;

import java.io.PrintStream;
import java.util.List;
import org.bellwether.api.BellwetherApplication;

/** {@code bellwether server CONFIG.yml}: the api (with its own Lucene replica) against external Kafka and PostgreSQL. */
final class ServerCommand implements Command {
    @Override
    public String name() {
        return "server";
    }

    @Override
    public String summary() {
        return "run the api node (search replica, triage, dashboard) against external Kafka and PostgreSQL";
    }

    @Override
    public String usage() {
        return """
                usage: bellwether server CONFIG.yml
                  configuration keys: api/README.md; example: api/config/example.yml (secrets from the environment)""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new Flags.UsageException("one configuration file is required");
        }
        new BellwetherApplication().run("server", args.get(0));
        return 0;
    }
}
