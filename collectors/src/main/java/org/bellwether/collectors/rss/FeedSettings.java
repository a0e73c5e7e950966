package org.bellwether.collectors.rss;

import java.net.URI;
import java.time.Duration;

/**
 * One feed to poll.
 *
 * @param name     short name, unique among feeds; the posts' source is {@code rss:<name>}
 * @param url      the RSS 2.0 or Atom 1.0 document
 * @param interval time between polls (at least 1 minute is polite; tests use less)
 */
public record FeedSettings(String name, URI url, Duration interval) {
    public String source() {
        return "rss:" + name;
    }
}
