package org.bellwether.api.common;

import java.nio.file.Path;
import java.time.Duration;

/** Where this node's Lucene replica lives, how often it refreshes, and the topic prefix it reads. */
public record IndexSettings(Path directory, Duration refresh, String topicPrefix) {
}
