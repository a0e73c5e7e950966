package org.bellwether.api.narratives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.model.VolumeBucket;
import org.junit.jupiter.api.Test;

class ImpactCalculatorTest {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    static List<VolumeBucket> hourly(long... posts) {
        List<VolumeBucket> buckets = new ArrayList<>();
        for (int i = 0; i < posts.length; i++) {
            buckets.add(new VolumeBucket(T0.plus(Duration.ofHours(i)), posts[i]));
        }
        return buckets;
    }

    @Test
    void comparesEqualWindowsBeforeAndAfterTheFirstResponse() {
        // 6 hours at 10/h, response at 06:20, then 4 hours observed at 4/h
        List<VolumeBucket> series = hourly(10, 10, 10, 10, 10, 10, 4, 4, 4, 4);
        ImpactObservation observation = new ImpactCalculator(Duration.ofHours(24))
                .observe(series, T0.plus(Duration.ofMinutes(380)), T0.plus(Duration.ofHours(10))).orElseThrow();
        assertThat(observation.windowHours()).isEqualTo(4);
        assertThat(observation.postsBefore()).isEqualTo(40);
        assertThat(observation.postsAfter()).isEqualTo(16);
        assertThat(observation.change()).isEqualTo(-0.6);
        assertThat(observation.label()).contains("Observation, not proof");
    }

    @Test
    void saysNothingBeforeAWholeHourHasPassed() {
        assertThat(new ImpactCalculator(Duration.ofHours(24)).observe(hourly(5, 5),
                T0.plus(Duration.ofMinutes(70)), T0.plus(Duration.ofMinutes(110)))).isEmpty();
    }

    @Test
    void noChangeRatioWithoutPostsBefore() {
        ImpactObservation observation = new ImpactCalculator(Duration.ofHours(24))
                .observe(hourly(0, 0, 3), T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(3))).orElseThrow();
        assertThat(observation.change()).isNull();
        assertThat(observation.velocityAfter()).isEqualTo(3.0);
    }
}
