package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.common.TrustedProxies;
import org.bellwether.api.intake.IntakeConfiguration;
import org.bellwether.api.dashboard.BaseLayer;
import org.bellwether.model.CityMap;
import org.bellwether.search.SearchSettings;

/**
 * The YAML configuration of the api, kept at the edge: every {@code build…()} method returns an immutable
 * settings record for the domain. The keys are documented in api/README.md.
 */
public class BellwetherConfiguration extends Configuration {

    /** Dev mode: demo users and messengers, HTTP Basic accepted, a generated contact key if none is set. */
    @JsonProperty
    private boolean devMode;

    @Valid
    @NotNull
    @JsonProperty
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty
    private KafkaConfiguration kafka = new KafkaConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private IndexConfiguration index = new IndexConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private ContactKeysConfiguration contactKeys = new ContactKeysConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private AuthConfiguration auth = new AuthConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private TriageConfiguration triage = new TriageConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private MatchingConfiguration matching = new MatchingConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private NotificationConfiguration notifications = new NotificationConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private RetentionConfiguration retention = new RetentionConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private IntakeConfiguration intake = new IntakeConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private AdminPortConfiguration adminPort = new AdminPortConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private NetworkConfiguration network = new NetworkConfiguration();

    /** GeoJSON of the city's neighbourhoods (named polygons); empty for the fictional sample city, Port Lucena. */
    @JsonProperty
    private String city = "";

    /**
     * Base map tiles under the neighbourhoods, as a URL template ({@code https://tile.example/{z}/{x}/{y}.png}); empty
     * (the default, and in dev and tests) draws no base map and makes no request beyond this server.
     */
    @JsonProperty
    private String mapTileUrl = "";

    /** Attribution the tile provider requires, shown as text under the map. */
    @JsonProperty
    private String mapTileAttribution = "";

    /** The city's time zone (an IANA region such as Europe/Madrid): how dates show for users who chose none. */
    @NotNull
    @JsonProperty
    private String timeZone = "UTC";

    /** Largest request body accepted, in bytes. */
    @Min(1024)
    @JsonProperty
    private long maxRequestBytes = 256 * 1024;

    /**
     * Addresses or CIDR ranges of the reverse proxies in front of the api (e.g. the TLS proxy). Only from these is
     * {@code X-Forwarded-For} believed; without them every client behind a proxy would share the proxy's address.
     */
    @NotNull
    @JsonProperty
    private List<String> trustedProxies = List.of();

    public boolean isDevMode() {
        return devMode;
    }

    public void setDevMode(boolean devMode) {
        this.devMode = devMode;
    }

    /** The city's time zone; an unknown zone fails at start. */
    public java.time.ZoneId cityTimeZone() {
        return java.time.ZoneId.of(timeZone);
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public DataSourceFactory getDatabase() {
        return database;
    }

    public KafkaConfiguration getKafka() {
        return kafka;
    }

    public IndexConfiguration getIndex() {
        return index;
    }

    public ContactKeysConfiguration getContactKeys() {
        return contactKeys;
    }

    public AuthConfiguration getAuth() {
        return auth;
    }

    public TriageConfiguration getTriage() {
        return triage;
    }

    public MatchingConfiguration getMatching() {
        return matching;
    }

    public NotificationConfiguration getNotifications() {
        return notifications;
    }

    public RetentionConfiguration getRetention() {
        return retention;
    }

    /** The trusted proxies' {@code X-Forwarded-For} names the client. */
    public TrustedProxies buildTrustedProxies() {
        return new TrustedProxies(trustedProxies);
    }

    public long getMaxRequestBytes() {
        return maxRequestBytes;
    }

    public AdminPortConfiguration getAdminPort() {
        return adminPort;
    }

    public NetworkConfiguration getNetwork() {
        return network;
    }

    public IntakeConfiguration getIntake() {
        return intake;
    }

    /** The base map's tiles, checked: an https URL template with {z}, {x} and {y}, or none. */
    public BaseLayer buildBaseLayer() {
        return BaseLayer.of(mapTileUrl, mapTileAttribution);
    }

    /** The city's map and its GeoJSON as configured, read once at start. */
    public City buildCity() {
        if (city == null || city.isBlank()) {
            return new City(CityMap.sample(), CityMap.sampleGeoJson());
        }
        Path file = Path.of(city);
        try {
            return new City(CityMap.fromFile(file), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read city map " + file, e);
        }
    }

    /** A city: its neighbourhoods and the GeoJSON the dashboard draws. */
    public record City(CityMap map, byte[] geoJson) {
        public List<String> neighbourhoodNames() {
            return map.neighbourhoods().stream().map(CityMap.Neighbourhood::name).toList();
        }
    }

    public KafkaSettings buildKafka() {
        return kafka.build();
    }

    public SearchSettings buildIndex() {
        return new SearchSettings(Path.of(index.getDirectory()), index.getRefresh().toJavaDuration(),
                kafka.getTopicPrefix());
    }
}
