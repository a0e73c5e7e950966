package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CityMapTest {
    private final CityMap city = CityMap.sample();

    @Test
    void theSampleCityHasItsEightNeighbourhoods() {
        assertThat(city.name()).isEqualTo("Port Lucena");
        assertThat(city.neighbourhoods()).extracting(CityMap.Neighbourhood::name).containsExactly(
                "Old Harbour", "Riverside", "Canal Quarter", "Saint-Roch", "Millbrook", "Northfield", "Ferry Hill",
                "Eastgate");
    }

    @ParameterizedTest(name = "{0},{1} -> {2}")
    @CsvSource({
            "45.2010, -2.1180, Old Harbour",
            "45.2190, -2.0880, Saint-Roch",
            "45.2120, -2.0650, Eastgate",
            "45.1965, -2.0770, Ferry Hill"})
    void placesEachCentreInItsOwnNeighbourhood(double lat, double lon, String expected) {
        assertThat(city.locate(lat, lon)).map(CityMap.Neighbourhood::name).contains(expected);
    }

    @Test
    void centresComeFromTheGeoJsonProperties() {
        assertThat(city.byName("Eastgate").orElseThrow().centre()).isEqualTo(new CityMap.Point(-2.0650, 45.2120));
    }

    @Test
    void aPointOutsideTheCityIsNowhere() {
        assertThat(city.locate(48.85, 2.35)).isEmpty();
    }

    @Test
    void everyPointInsideTheBoundsBelongsToExactlyOneNeighbourhood() {
        for (double lat = 45.1885; lat < 45.2440; lat += 0.0021) {
            for (double lon = -2.1325; lon < -2.0520; lon += 0.0023) {
                double la = lat;
                double lo = lon;
                assertThat(city.neighbourhoods().stream().filter(n -> n.contains(la, lo)).count())
                        .as("%s,%s", lat, lon).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"saint roch, Saint-Roch", "ST-ROCH, Saint-Roch", "Quartier du Canal, Canal Quarter",
            "old-harbour, Old Harbour"})
    void findsNeighbourhoodsByNameAliasOrSlug(String name, String expected) {
        assertThat(city.byName(name)).map(CityMap.Neighbourhood::name).contains(expected);
    }

    @Test
    void rejectsGeoJsonThatIsNotNamedPolygons() {
        String point = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"X\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}}]}";
        assertThatThrownBy(() -> CityMap.fromGeoJson(new ByteArrayInputStream(point.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("must be a Polygon");
    }
}
