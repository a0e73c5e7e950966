package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.nio.file.Path;
import java.util.Map;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.intake.IntakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellwether dev} builds the api's configuration as an object: valid, on loopback, with the embedded parts. */
class DevCommandTest {

    @Test
    void theApiConfigurationIsValidAndPointsAtTheEmbeddedInfrastructureOnLoopback(@TempDir Path data)
            throws Exception {
        DevSecrets secrets = DevSecrets.loadOrCreate(data);
        BellwetherConfiguration configuration = DevCommand.apiConfiguration("jdbc:postgresql://127.0.0.1:5999/bw",
                "postgres", "127.0.0.1:9999", data.resolve("index"), secrets, 18080, 18081);

        assertThat(Validators.newValidator().validate(configuration)).isEmpty();
        assertThat(configuration.isDevMode()).isTrue();
        assertThat(configuration.getDatabase().getUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5999/bw");
        assertThat(configuration.buildKafka().bootstrapServers()).isEqualTo("127.0.0.1:9999");
        assertThat(configuration.getIndex().getDirectory()).isEqualTo(data.resolve("index").toString());
        DefaultServerFactory server = (DefaultServerFactory) configuration.getServerFactory();
        HttpConnectorFactory application = (HttpConnectorFactory) server.getApplicationConnectors().get(0);
        HttpConnectorFactory admin = (HttpConnectorFactory) server.getAdminConnectors().get(0);
        assertThat(application.getBindHost()).isEqualTo("127.0.0.1");
        assertThat(application.getPort()).isEqualTo(18080);
        assertThat(admin.getBindHost()).isEqualTo("127.0.0.1");
        assertThat(admin.getPort()).isEqualTo(18081);
        assertThat(configuration.getContactKeys().buildCipher(true, Map.of())
                .open(secrets.contactCipher().seal("+1 555 0100", "tip-contact"), "tip-contact"))
                .isEqualTo("+1 555 0100");
        IntakeConfiguration.IntakeSettings intake = configuration.getIntake().build();
        assertThat(intake.whatsapp().enabled()).isTrue();
        assertThat(intake.whatsapp().verifyToken()).isEqualTo("bellwether-dev-verify");
        assertThat(intake.whatsapp().appSecret()).isEqualTo("bellwether-dev-whatsapp");
        assertThat(intake.whatsapp().messagesUrl()).startsWith("http://127.0.0.1:");
        assertThat(intake.telegram().enabled()).isTrue();
        assertThat(intake.telegram().secretToken()).isEqualTo("bellwether-dev-telegram");
        assertThat(intake.telegram().sendMessageUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void anInvalidConfigurationIsRefusedAsAYamlOneWouldBe(@TempDir Path data) {
        BellwetherConfiguration configuration = DevCommand.apiConfiguration("jdbc:postgresql://127.0.0.1:5999/bw",
                "postgres", "127.0.0.1:9999", data.resolve("index"), DevSecrets.loadOrCreate(data), 18080, 18081);
        configuration.getKafka().setBootstrapServers("");
        assertThatThrownBy(() -> new DevApplication(configuration, null, null, null, null,
                () -> { }).configurationFor(Validators.newValidator()))
                .isInstanceOf(ConfigurationValidationException.class);
    }
}
