package org.bellwether.ops;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import jakarta.validation.Validation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.audit.AuditChain;
import org.bellwether.api.common.ApiJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bellwether audit verify CONFIG.yml}: checks the audit log's hash chain in the configured database. */
@Command(name = "audit", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "<command>",
        description = "The audit log of the api's database.",
        subcommands = {HelpCommand.class, AuditCommand.Verify.class})
final class AuditCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the audit log's hash chain and report the first row that was edited, removed "
                    + "or inserted.", "Exit code 0 when the chain is intact, 1 when it is broken."})
    static final class Verify implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "CONFIG.yml", description = "the api's Dropwizard configuration (its database)")
        private Path configuration;

        @Override
        public Integer call() throws Exception {
            // The file (with ${ENV} substitution) is the whole configuration: no dw.* system property may point the
            // check at another database than the one the operator named.
            YamlConfigurationFactory<BellwetherConfiguration> factory = new YamlConfigurationFactory<>(
                    BellwetherConfiguration.class, Validation.buildDefaultValidatorFactory().getValidator(),
                    ApiJson.configure(Jackson.newObjectMapper()), "bellwether.audit");
            BellwetherConfiguration config = factory.build(new SubstitutingSourceProvider(
                    new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
                    configuration.toString());
            AuditChain.Verification result = AuditChain.of(config.getDatabase()).verify();
            if (result.intact()) {
                spec.commandLine().getOut().printf("audit chain intact: %d rows%n", result.rows());
                return 0;
            }
            spec.commandLine().getErr().printf("audit chain broken at row %d: %s (%d rows before it hold)%n",
                    result.firstBrokenId(), result.problem(), result.rows());
            return 1;
        }
    }
}
