package org.bellwether.processor.normalise;

import java.util.List;

/**
 * A neighbourhood of the city.
 *
 * @param name      canonical name, as shown to officers
 * @param aliases   other names people use (spellings, languages, abbreviations)
 * @param bounds    bounding box, or null
 * @param latitude  centre latitude, or null
 * @param longitude centre longitude, or null
 */
public record Neighbourhood(String name, List<String> aliases, Bounds bounds, Double latitude, Double longitude) {

    public Neighbourhood {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a neighbourhood needs a name");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Neighbourhood named(String name, String... aliases) {
        return new Neighbourhood(name, List.of(aliases), null, null, null);
    }

    /** A latitude/longitude box (west may exceed east only across the antimeridian, which no city does). */
    public record Bounds(double south, double west, double north, double east) {
        public boolean contains(double latitude, double longitude) {
            return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
        }
    }
}
