package org.bellwether.api.partners;

/** An accepted observation: its reference, and the source it enters the stream under. */
public record ObservationView(String reference, String source) {
}
