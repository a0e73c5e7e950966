package org.bellwether.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SleeperTest {

    /** A clock that moves only when the sleeper parks, by exactly the time asked for. */
    private static final class FakeTime {
        long now = 1_000;
        final List<Long> parks = new ArrayList<>();

        Sleeper sleeper() {
            return new Sleeper(() -> now, nanos -> {
                parks.add(nanos);
                now += nanos;
            });
        }
    }

    @ParameterizedTest(name = "{0} ms -> {1} parks")
    @CsvSource({
            "0,    0",
            "50,   1",
            "100,  1",
            "250,  3",
            "1000, 10"})
    void sleepsTheWholeDurationInSlicesOfAtMostATenthOfASecond(long millis, int slices) {
        FakeTime time = new FakeTime();
        time.sleeper().sleep(Duration.ofMillis(millis), () -> false);
        assertThat(time.parks).hasSize(slices).allSatisfy(nanos -> assertThat(nanos)
                .isPositive().isLessThanOrEqualTo(Sleeper.SLICE.toNanos()));
        assertThat(time.now - 1_000).isEqualTo(Duration.ofMillis(millis).toNanos());
    }

    @ParameterizedTest(name = "stopped after {0} parks")
    @CsvSource({"0", "1", "3"})
    void returnsWithinOneSliceOnceStopped(int parksBeforeStop) {
        FakeTime time = new FakeTime();
        time.sleeper().sleep(Duration.ofMinutes(5), () -> time.parks.size() >= parksBeforeStop);
        assertThat(time.parks).hasSize(parksBeforeStop);
    }

    @ParameterizedTest(name = "parked {0} ns, woken early")
    @CsvSource({"10000000", "99999999"})
    void aParkThatReturnsEarlyParksAgainForTheRest(long wakesAfter) {
        FakeTime time = new FakeTime();
        Sleeper spurious = new Sleeper(() -> time.now, nanos -> {
            time.parks.add(nanos);
            time.now += Math.min(nanos, wakesAfter);
        });
        spurious.sleep(Duration.ofMillis(100), () -> false);
        assertThat(time.now - 1_000).isEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(time.parks.get(1)).isEqualTo(Duration.ofMillis(100).toNanos() - wakesAfter);
    }
}
