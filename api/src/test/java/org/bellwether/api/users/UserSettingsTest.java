package org.bellwether.api.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user's own settings: language and time zone, the city's zone by default, kept per account. */
@ExtendWith(DropwizardExtensionsSupport.class)
class UserSettingsTest {
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(new FakeSearchService(),
            ConfigOverride.config("timeZone", "Europe/Madrid"));

    @Test
    void aNewAccountHasTheCitysZoneAndNoLanguage() {
        String analyst = TestApps.login(APP, "analyst", TestApps.DEV_PASSWORD);
        Map<?, ?> me = TestApps.as(APP, analyst, "/api/users/me").get(Map.class);
        assertThat(me.get("username")).isEqualTo("analyst");
        assertThat(me.get("language")).isNull();
        assertThat(me.get("timeZone")).isEqualTo("Europe/Madrid");
        assertThat(me.get("timeZoneChosen")).isEqualTo(false);
        assertThat(me.get("cityTimeZone")).isEqualTo("Europe/Madrid");
    }

    @Test
    void eachUserSetsTheirOwnLanguageAndZoneWhichSignInCarries() {
        String officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        Response saved = TestApps.as(APP, officer, "/api/users/me")
                .put(Entity.json(Map.of("language", "ar", "timeZone", "Africa/Casablanca")));
        assertThat(saved.getStatus()).isEqualTo(200);
        Map<?, ?> me = saved.readEntity(Map.class);
        assertThat(me.get("language")).isEqualTo("ar");
        assertThat(me.get("timeZone")).isEqualTo("Africa/Casablanca");
        assertThat(me.get("timeZoneChosen")).isEqualTo(true);

        Map<?, ?> login = APP.client().target(TestApps.url(APP, "/api/auth/login")).request()
                .post(Entity.json(Map.of("username", "officer", "password", TestApps.DEV_PASSWORD)), Map.class);
        assertThat(((Map<?, ?>) login.get("user")).get("language")).isEqualTo("ar");

        String admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        assertThat(TestApps.as(APP, admin, "/api/users/me").get(Map.class).get("language")).isNull();
        List<Object> actions = ((List<?>) TestApps.as(APP, admin, "/api/audit?pageSize=500&actor=officer").get(Map.class)
                .get("hits")).stream().map(h -> (Object) ((Map<?, ?>) h).get("action")).toList();
        assertThat(actions).contains("user.settings");
    }

    @Test
    void anUnknownLanguageOrZoneIsRefused() {
        String messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        assertThat(TestApps.as(APP, messenger, "/api/users/me").put(Entity.json(Map.of("language", "de")))
                .getStatus()).isEqualTo(400);
        assertThat(TestApps.as(APP, messenger, "/api/users/me").put(Entity.json(Map.of("timeZone", "Mars/Olympus")))
                .getStatus()).isEqualTo(400);
        assertThat(TestApps.as(APP, messenger, "/api/users/me").put(Entity.json(Map.of("language", "fr")))
                .readEntity(Map.class).get("language")).isEqualTo("fr");
    }
}
