package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import jakarta.validation.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bellwether.api.auth.AuthSettings;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.bellwether.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented configuration files parse and validate, so api/README.md cannot drift from the code. */
class ConfigurationFilesTest {

    static BellwetherConfiguration load(String file) throws Exception {
        YamlConfigurationFactory<BellwetherConfiguration> factory = new YamlConfigurationFactory<>(
                BellwetherConfiguration.class, Validation.buildDefaultValidatorFactory().getValidator(),
                Json.configure(Jackson.newObjectMapper()), "dw");
        Path path = Path.of("config", file);
        assertThat(Files.exists(path)).as(path.toAbsolutePath().toString()).isTrue();
        return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)), path.toString());
    }

    @Test
    void devConfigurationIsDevModeOnLoopback() throws Exception {
        BellwetherConfiguration dev = load("dev.yml");
        assertThat(dev.isDevMode()).isTrue();
        AuthSettings auth = dev.getAuth().build(true);
        assertThat(auth.basicAuth()).isTrue();
        assertThat(dev.buildKafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void exampleConfigurationBuildsEverySetting() throws Exception {
        BellwetherConfiguration example = load("example.yml");
        assertThat(example.isDevMode()).isFalse();
        assertThat(example.getTriage().build().target(Severity.CRITICAL)).hasHours(1);
        assertThat(example.getMatching().build().weight("language")).isEqualTo(3.0);
        assertThat(example.getNotifications().buildOutbox().maxAttempts()).isEqualTo(20);
        assertThat(example.getRetention().build().rawText()).hasDays(30);
    }

    @Test
    void contactKeysComeFromConfigurationOrEnvironmentAndAreRequiredOutsideDevMode(@TempDir Path dir) {
        ContactKeysConfiguration keys = new ContactKeysConfiguration();
        String k1 = ContactCipher.newKey();
        ContactCipher fromEnv = keys.buildCipher(false, Map.of("BELLWETHER_CONTACT_KEYS", "k1:" + k1,
                "BELLWETHER_CONTACT_ACTIVE_KEY_ID", "k1"));
        assertThat(fromEnv.activeKeyId()).isEqualTo("k1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.buildCipher(false, Map.of()))
                .hasMessageContaining("required outside dev mode");
        keys.setDevKeyFile(dir.resolve("dev-key").toString());
        String sealed = keys.buildCipher(true, Map.of()).seal("a@b.c", "p");
        assertThat(keys.buildCipher(true, Map.of()).open(sealed, "p")).as("the dev key is kept").isEqualTo("a@b.c");
    }
}
