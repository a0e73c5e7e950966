package org.bellwether.collectors.demo;

import java.time.Instant;
import java.util.List;

/**
 * A demo tip before its contact is sealed. The contact is fictional (reserved example domains and numbers).
 */
public record DemoTip(String tipId, Instant receivedAt, String channel, String text, List<String> urls,
                      String language, String neighbourhood, String contact, String storyline) {
}
