package org.bellwether.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A city's neighbourhoods, read from a GeoJSON FeatureCollection of polygons (one feature per neighbourhood with
 * properties {@code name}, {@code slug}, optional {@code aliases}). Placement of posts (processor), the map
 * (dashboard) and the messenger registry all use the same names. Immutable and thread-safe.
 *
 * @param name           the city's name
 * @param neighbourhoods its neighbourhoods
 */
public record CityMap(String name, List<Neighbourhood> neighbourhoods) {
    private static final String SAMPLE = "/org/bellwether/model/cities/port-lucena.geojson";

    public CityMap {
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /** A point, longitude first as in GeoJSON. */
    public record Point(double lon, double lat) {
    }

    /**
     * @param name    display name
     * @param slug    stable URL-safe id
     * @param aliases other spellings and names in other languages
     * @param ring    exterior ring of the polygon, closed
     * @param centre  the neighbourhood's centre ({@code properties.centre}, else the mean of the ring's vertices)
     */
    public record Neighbourhood(String name, String slug, List<String> aliases, List<Point> ring, Point centre) {
        public Neighbourhood {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            ring = List.copyOf(ring);
            if (centre == null) {
                List<Point> open = ring.subList(0, ring.size() - 1);
                centre = new Point(open.stream().mapToDouble(Point::lon).average().orElse(0),
                        open.stream().mapToDouble(Point::lat).average().orElse(0));
            }
        }

        /** Ray-casting point-in-polygon test on the exterior ring. */
        public boolean contains(double lat, double lon) {
            boolean inside = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                Point a = ring.get(i);
                Point b = ring.get(j);
                if ((a.lat() > lat) != (b.lat() > lat)
                        && lon < (b.lon() - a.lon()) * (lat - a.lat()) / (b.lat() - a.lat()) + a.lon()) {
                    inside = !inside;
                }
            }
            return inside;
        }

        /** The name and every alias, for matching place names and mentions. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(aliases);
            return names;
        }
    }

    /** The fictional sample city shipped for the demo: Port Lucena. */
    public static CityMap sample() {
        try (InputStream in = CityMap.class.getResourceAsStream(SAMPLE)) {
            return fromGeoJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample city's GeoJSON as shipped, for clients that draw the map. */
    public static byte[] sampleGeoJson() {
        try (InputStream in = CityMap.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CityMap fromFile(Path geoJson) {
        try (InputStream in = Files.newInputStream(geoJson)) {
            return fromGeoJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read city map " + geoJson, e);
        }
    }

    /**
     * @throws MalformedMessageException when the GeoJSON is not a FeatureCollection of named polygons
     */
    public static CityMap fromGeoJson(InputStream in) throws IOException {
        JsonNode root = Json.mapper().readTree(in);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new MalformedMessageException("city map must be a GeoJSON FeatureCollection");
        }
        List<Neighbourhood> neighbourhoods = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode properties = feature.path("properties");
            String name = properties.path("name").asText("");
            if (name.isBlank()) {
                throw new MalformedMessageException("every neighbourhood feature needs properties.name");
            }
            JsonNode geometry = feature.path("geometry");
            if (!"Polygon".equals(geometry.path("type").asText())) {
                throw new MalformedMessageException("neighbourhood '" + name + "' must be a Polygon");
            }
            List<Point> ring = new ArrayList<>();
            for (JsonNode point : geometry.path("coordinates").path(0)) {
                ring.add(new Point(point.path(0).asDouble(), point.path(1).asDouble()));
            }
            if (ring.size() < 4) {
                throw new MalformedMessageException("neighbourhood '" + name + "' has no closed ring");
            }
            List<String> aliases = new ArrayList<>();
            properties.path("aliases").forEach(alias -> aliases.add(alias.asText()));
            String slug = properties.path("slug").asText(slugOf(name));
            JsonNode centre = properties.path("centre");
            Point centrePoint = centre.isArray() && centre.size() == 2
                    ? new Point(centre.path(0).asDouble(), centre.path(1).asDouble()) : null;
            neighbourhoods.add(new Neighbourhood(name, slug, aliases, ring, centrePoint));
        }
        return new CityMap(root.path("name").asText("city"), neighbourhoods);
    }

    /** The neighbourhood containing a point, if any. */
    public Optional<Neighbourhood> locate(double lat, double lon) {
        return neighbourhoods.stream().filter(n -> n.contains(lat, lon)).findFirst();
    }

    /** The neighbourhood with this name or alias (case-insensitive), if any. */
    public Optional<Neighbourhood> byName(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        String wanted = nameOrAlias.trim().toLowerCase(Locale.ROOT);
        return neighbourhoods.stream()
                .filter(n -> n.names().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(wanted))
                        || n.slug().equals(wanted))
                .findFirst();
    }

    private static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
