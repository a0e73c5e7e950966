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
}
