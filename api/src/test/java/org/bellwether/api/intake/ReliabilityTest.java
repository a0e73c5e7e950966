package org.bellwether.api.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.bellwether.ingest.Backoff;
import org.bellwether.ingest.CanonicalUrl;
import org.bellwether.ingest.CircuitBreaker;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.HtmlText;
import org.bellwether.ingest.PollingSource;
import org.bellwether.ingest.SourceHttpException;
import org.bellwether.ingest.SourceScheduler;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    @Test
    void backoffGrowsExponentiallyUnderItsCapWithJitterAndHonoursRetryAfter() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(1));
        for (int attempt = 0; attempt < 10; attempt++) {
            Duration ceiling = backoff.ceiling(attempt);
            assertThat(backoff.next()).isBetween(Duration.ZERO, ceiling);
        }
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.next(Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
        backoff.reset();
        assertThat(backoff.attempts()).isZero();
        List<Duration> draws = java.util.stream.Stream.generate(() -> new Backoff(Duration.ofSeconds(1),
                Duration.ofSeconds(30), RandomGenerator.getDefault()).next()).limit(20).distinct().toList();
        assertThat(draws.size()).as("jitter").isGreaterThan(1);
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresThenLetsOneTrialThrough() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofMinutes(2), clock);
        breaker.failure();
        breaker.failure();
        assertThat(breaker.allows()).isTrue();
        breaker.failure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allows()).isFalse();
        assertThat(breaker.remainingOpen()).isEqualTo(Duration.ofMinutes(2));
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(breaker.allows()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.failure();
        assertThat(breaker.allows()).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(3));
        assertThat(breaker.allows()).isTrue();
        breaker.success();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theSchedulerBacksOffOn429AndResumesAndTheHealthCheckReportsOpenBreakers() {
        CollectorMetrics metrics = new CollectorMetrics(new CollectorGauges(new MetricRegistry()));
        metrics.breaker("flaky", new CircuitBreaker(2, Duration.ofHours(1), Clock.systemUTC()));
        AtomicInteger calls = new AtomicInteger();
        PollingSource flaky = new PollingSource() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public Duration poll() throws Exception {
                int call = calls.incrementAndGet();
                if (call == 1) {
                    throw new SourceHttpException(429, Duration.ofMillis(5), "too many requests");
                }
                metrics.counters("flaky").collected();
                return Duration.ofMillis(5);
            }
        };
        PollingSource broken = new PollingSource() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Duration poll() throws Exception {
                throw new SourceHttpException(503, null, "down");
            }
        };
        metrics.breaker("broken", new CircuitBreaker(2, Duration.ofHours(1), Clock.systemUTC()));
        try (SourceScheduler scheduler = new SourceScheduler(2, metrics,
                () -> new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), RandomGenerator.getDefault()))) {
            scheduler.start(flaky);
            scheduler.start(broken);
            await().atMost(Duration.ofSeconds(10)).until(() -> metrics.counters("flaky").snapshot().collected() >= 3);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    metrics.breaker("broken").state() == CircuitBreaker.State.OPEN);
            CollectorsHealthCheck health = new CollectorsHealthCheck(metrics, () -> true);
            var result = health.execute();
            assertThat(result.isHealthy()).isFalse();
            assertThat(result.getMessage()).contains("broken circuit open");
            assertThat(result.getDetails()).containsKey("flaky");
            scheduler.stop("broken");
            assertThat(scheduler.running()).containsExactly("flaky");
        }
        assertThat(metrics.counters("flaky").snapshot().lastError()).isNull();
        assertThat(metrics.counters("broken").snapshot().lastError()).contains("503");
    }

    @Test
    void canonicalUrlsDropTrackingAndFragments() {
        assertThat(CanonicalUrl.of("HTTPS://News.Example:443/a/b?utm_source=x&id=3&fbclid=y#frag"))
                .isEqualTo("https://news.example/a/b?id=3");
        assertThat(CanonicalUrl.of("http://news.example")).isEqualTo("http://news.example/");
        assertThat(CanonicalUrl.of("mailto:someone@example.org")).isEqualTo("mailto:someone@example.org");
        assertThat(HtmlText.toText("<p>One &amp; two<br>three&#33; &#x1F600;</p><script>x()</script>"))
                .isEqualTo("One & two\nthree! 😀");
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-03-09T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
