package org.bellwether.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BaseLayerTest {

    @Test
    void noTileUrlIsNoBaseMapAndNoExtraImageOrigin() {
        assertThat(BaseLayer.of("", "x")).isEqualTo(BaseLayer.NONE);
        assertThat(BaseLayer.NONE.origin()).isNull();
        assertThat(SecurityHeadersFilter.policy(null)).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
                .contains("img-src 'self' data:;").contains("trusted-types default;");
    }

    @Test
    void aTileServerIsAddedToTheImageSourcesOnly() {
        BaseLayer layer = BaseLayer.of(" https://tiles.example.org:8443/osm/{z}/{x}/{y}.png ", "© OpenStreetMap");
        assertThat(layer.tileUrl()).isEqualTo("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png");
        assertThat(layer.origin()).isEqualTo("https://tiles.example.org:8443");
        assertThat(SecurityHeadersFilter.policy(layer.origin()))
                .contains("img-src 'self' data: https://tiles.example.org:8443;")
                .contains("connect-src 'self';").contains("script-src 'self';");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/tile.png",
        "javascript:alert(1)//{z}{x}{y}", "https:///{z}/{x}/{y}"})
    void refusesWhatIsNotAnHttpsTemplate(String url) {
        assertThatThrownBy(() -> BaseLayer.of(url, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
