package org.bellwether.api.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerObservationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Old Harbour Youth Centre|partner:old-harbour-youth-centre",
            "École Saint-Roch|partner:ecole-saint-roch",
            "  !!  |partner:unnamed",
            "مسجد النور|partner:مسجد-النور"})
    void theChannelNamesTheOrganisation(String organisation, String channel) {
        assertThat(PartnerObservations.channel(organisation)).isEqualTo(channel);
    }
}
