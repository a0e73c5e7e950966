package org.bellwether.collectors.demo;

import java.util.List;

/**
 * The fictional city of the demo scenario. Its neighbourhood names are the ones the ops GeoJSON uses; every
 * name here is invented.
 */
public final class DemoCity {
    public static final String NAME = "Port Lucena";

    /** A neighbourhood with an approximate centre (the GeoJSON polygons surround these points). */
    public record Neighbourhood(String name, String slug, double lat, double lon) {
    }

    /** The eight neighbourhoods, west to east. */
    public static final List<Neighbourhood> NEIGHBOURHOODS = List.of(
            new Neighbourhood("Old Harbour", "old-harbour", 45.2010, -2.1180),
            new Neighbourhood("Riverside", "riverside", 45.2125, -2.1040),
            new Neighbourhood("Canal Quarter", "canal-quarter", 45.2060, -2.0935),
            new Neighbourhood("Saint-Roch", "saint-roch", 45.2190, -2.0880),
            new Neighbourhood("Millbrook", "millbrook", 45.2275, -2.0990),
            new Neighbourhood("Northfield", "northfield", 45.2360, -2.0800),
            new Neighbourhood("Ferry Hill", "ferry-hill", 45.1965, -2.0770),
            new Neighbourhood("Eastgate", "eastgate", 45.2120, -2.0650));

    /** The neighbourhood names, in {@link #NEIGHBOURHOODS} order. */
    public static final List<String> NEIGHBOURHOOD_NAMES = NEIGHBOURHOODS.stream().map(Neighbourhood::name).toList();

    private DemoCity() {
    }

    public static Neighbourhood neighbourhood(String name) {
        return NEIGHBOURHOODS.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no neighbourhood " + name));
    }
}
