package org.bellwether.collectors;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.bellwether.ingest.SourceHttpException;

/** Small HTTP helpers shared by the polling and streaming sources. */
public final class HttpSupport {
    /** Sent with every request so site operators can tell who is calling. */
    public static final String USER_AGENT = "Bellwether/0.1 (civic narrative monitoring; +https://bellwether.example)";

    private HttpSupport() {
    }

    /** A client that follows redirects (not to plain HTTP from HTTPS) with a 10 s connect timeout. */
    public static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Largest response body a polling source reads; larger ones are refused rather than buffered. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    /**
     * Reads a streamed body on the calling thread, at most {@link #MAX_BODY_BYTES}.
     *
     * @throws BodyTooLargeException when the body is longer
     */
    public static byte[] body(HttpResponse<java.io.InputStream> response) throws java.io.IOException {
        try (java.io.InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
            return bytes;
        }
    }

    /** A response body over {@link #MAX_BODY_BYTES}. */
    public static final class BodyTooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("response body larger than " + MAX_BODY_BYTES + " bytes");
        }
    }

    /** Throws {@link SourceHttpException} for 4xx and 5xx; 429 and 5xx carry the server's Retry-After. */
    public static void check(HttpResponse<?> response, String what, Clock clock) throws SourceHttpException {
        int status = response.statusCode();
        if (status >= 400) {
            throw new SourceHttpException(status, retryAfter(response, clock).orElse(null),
                    what + " answered HTTP " + status);
        }
    }

    /** True for statuses worth retrying later. */
    public static boolean retryable(int status) {
        return status == 429 || status == 408 || status >= 500;
    }

    /** Retry-After as seconds or an HTTP date. */
    public static Optional<Duration> retryAfter(HttpResponse<?> response, Clock clock) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            String trimmed = value.trim();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration wait = Duration.between(clock.instant(), at.toInstant());
                    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        });
    }
}
