package org.bellwether.model;

/**
 * Where a post says it was made: coordinates and/or a place name, all optional.
 *
 * @param lat   latitude in degrees, or null
 * @param lon   longitude in degrees, or null
 * @param place a free-text place or neighbourhood name as the source gave it, or null
 */
public record Geo(Double lat, Double lon, String place) {
}
