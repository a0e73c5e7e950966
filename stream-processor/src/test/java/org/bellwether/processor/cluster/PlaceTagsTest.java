package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bellwether.model.CityMap;
import org.bellwether.processor.ProcessorSettings;
import org.junit.jupiter.api.Test;

class PlaceTagsTest {

    @Test
    void aPlaceNameFoldsToItsHashtagWithoutSpacesHyphensCaseOrAccents() {
        PlaceTags tags = PlaceTags.of(List.of("Port Lucena", "Saint-Roch", "Bord de la rivière"));

        assertThat(tags.keys()).containsExactly("borddelariviere", "portlucena", "saintroch");
        assertThat(tags.contains("portlucena")).isTrue();
        assertThat(tags.contains("#PortLucena")).isTrue();
        assertThat(tags.contains("saint_roch")).isTrue();
        assertThat(tags.contains("borddelarivière")).isTrue();
        // a story named after a place is a story, not the place
        assertThat(tags.contains("portlucenafire")).isFalse();
        assertThat(tags.contains("lucena")).isFalse();
        assertThat(PlaceTags.none().contains("portlucena")).isFalse();
    }

    @Test
    void theCitySettingsKnowTheCityAndEveryNeighbourhoodNameAndAlias() {
        CityMap city = CityMap.sample();
        ProcessorSettings settings = ProcessorSettings.forCity(new byte[16], city, false);

        PlaceTags tags = settings.clustering().placeTags();
        assertThat(tags.contains(city.name())).isTrue();
        city.neighbourhoods().forEach(n -> n.names().forEach(name -> assertThat(tags.contains(name)).isTrue()));
        assertThat(ProcessorSettings.defaults(new byte[16]).clustering().placeTags()).isEqualTo(PlaceTags.none());
    }
}
