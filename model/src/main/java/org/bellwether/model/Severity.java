package org.bellwether.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Severity of an alert, highest first. Response-time targets are configured per severity. */
public enum Severity {
    @JsonProperty("critical") CRITICAL,
    @JsonProperty("high") HIGH,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("low") LOW;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The severity of a wire name ({@code "high"}), case and surrounding spaces ignored.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Severity fromWireName(String wireName) {
        return valueOf(wireName.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
