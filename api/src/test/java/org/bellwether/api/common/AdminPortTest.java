package org.bellwether.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.admin.TextExpiry;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.bellwether.api.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Outside dev mode the admin port is either behind its credentials or on loopback only: a server configured to open
 * it to the network without credentials refuses to start and says what to set.
 */
class AdminPortTest {
    private static DropwizardTestSupport<BellwetherConfiguration> app(ConfigOverride... overrides) {
        ConfigOverride[] all = new ConfigOverride[overrides.length + 2];
        all[0] = ConfigOverride.config("devMode", "false");
        all[1] = ConfigOverride.config("notifications.offers.key", "admin-port-test-offer-key");
        System.arraycopy(overrides, 0, all, 2, overrides.length);
        return TestApps.support(new FakeSearchService(), TextExpiry.NONE,
                () -> TestDatabase.emptyDatabaseUrl("admin"), all);
    }

    @Test
    void refusesToOpenTheAdminPortBeyondLoopbackWithoutCredentials() {
        DropwizardTestSupport<BellwetherConfiguration> app = app(
                ConfigOverride.config("server.adminConnectors[0].bindHost", "0.0.0.0"));
        try {
            assertThatThrownBy(app::before).hasStackTraceContaining("the admin port would listen on 0.0.0.0"
                    + " without credentials").hasStackTraceContaining("adminPort.password");
        } finally {
            app.after();
        }
    }

    @Test
    void withCredentialsEveryAdminRequestNeedsThem() throws Exception {
        DropwizardTestSupport<BellwetherConfiguration> app = app(
                ConfigOverride.config("adminPort.username", "ops"),
                ConfigOverride.config("adminPort.password", "a-long-admin-secret"));
        app.before();
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI ping = URI.create("http://127.0.0.1:" + app.getAdminPort() + "/ping");
            HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(ping).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("application/problem+json"));
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
            HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(ping)
                    .header("Authorization", basic("ops", "not-the-secret")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
            HttpResponse<String> right = client.send(HttpRequest.newBuilder(ping)
                    .header("Authorization", basic("ops", "a-long-admin-secret")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).contains("pong");
        } finally {
            app.after();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"127.0.0.1, true", "127.0.0.2, true", "::1, true", "[::1], true", "localhost, true",
        "0.0.0.0, false", "'', false", "10.0.0.5, false", "admin.city.example, false"})
    void onlyLoopbackAddressesCountAsLoopback(String host, boolean loopback) {
        assertThat(AdminPortGuard.loopback(host)).isEqualTo(loopback);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
