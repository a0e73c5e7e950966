package org.bellwether.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sign-in throttle: per (account, address), free at first, then doubling waits; other pairs are untouched. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(Duration.ofMinutes(15), clock);

    @Test
    void waitsGrowPerAccountAndAddressAndLeaveOtherAddressesAlone() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("Officer", "203.0.113.9");
            assertThat(throttle.waitFor("officer", "203.0.113.9")).isEmpty();
        }
        throttle.failed("officer", "203.0.113.9");
        assertThat(throttle.waitFor("officer", "203.0.113.9")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("officer", "203.0.113.9")).isEmpty();
        throttle.failed("officer", "203.0.113.9");
        assertThat(throttle.waitFor("officer", "203.0.113.9")).contains(Duration.ofSeconds(2));

        assertThat(throttle.waitFor("officer", "198.51.100.20")).as("the owner's address").isEmpty();
        assertThat(throttle.waitFor("analyst", "203.0.113.9")).as("another account").isEmpty();

        throttle.succeeded("officer", "203.0.113.9");
        assertThat(throttle.waitFor("officer", "203.0.113.9")).isEmpty();
    }

    @Test
    void theWaitIsCapped() {
        assertThat(throttle.delayAfter(LoginThrottle.FREE_FAILURES)).isZero();
        assertThat(throttle.delayAfter(LoginThrottle.FREE_FAILURES + 3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
