package org.bellwether.collectors.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Invented pseudonymous handles: residents for chatter, and small account pools behind each storyline. */
final class DemoHandles {
    private static final List<String> NAMES = List.of("maria", "tom", "leila", "jo", "karim", "ines", "sam", "noor",
            "pierre", "ana", "yusuf", "chloe", "diego", "fatima", "ben", "lucia", "omar", "elodie", "kofi", "mei",
            "rosa", "theo", "amira", "luis", "claire", "hamid", "nina", "pablo", "sofia", "malik", "jade", "ivan");
    private static final List<String> NOUNS = List.of("heron", "tram", "ferry", "bakery", "lantern", "harbour",
            "gull", "canal", "orchard", "bicycle", "choir", "market", "garden", "lighthouse", "quay", "pier");
    private static final List<String> LOUD = List.of("truth", "wakeup", "realnews", "patriot", "watch", "noflag",
            "redpill", "citizen", "voice", "awake", "unfiltered", "insider");

    private DemoHandles() {
    }

    static List<String> residents(Random random, int count) {
        Set<String> handles = new LinkedHashSet<>();
        while (handles.size() < count) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            String hood = DemoCity.NEIGHBOURHOODS.get(random.nextInt(DemoCity.NEIGHBOURHOODS.size())).slug()
                    .replace("-", "");
            String handle = switch (random.nextInt(5)) {
                case 0 -> name + "_" + hood;
                case 1 -> name + "." + NOUNS.get(random.nextInt(NOUNS.size()));
                case 2 -> name + (10 + random.nextInt(89));
                case 3 -> "the_" + NOUNS.get(random.nextInt(NOUNS.size())) + "_" + name;
                default -> hood + "_" + NOUNS.get(random.nextInt(NOUNS.size())) + "s";
            };
            handles.add(handle);
        }
        return new ArrayList<>(handles);
    }

    static List<String> amplifiers(Random random, String storyline, int count) {
        Set<String> handles = new LinkedHashSet<>();
        while (handles.size() < count) {
            String loud = LOUD.get(random.nextInt(LOUD.size()));
            String handle = switch (random.nextInt(4)) {
                case 0 -> "lucena_" + loud + "_" + (1 + random.nextInt(99));
                case 1 -> loud + "_" + DemoCity.NEIGHBOURHOODS.get(random.nextInt(8)).slug().replace("-", "");
                case 2 -> NAMES.get(random.nextInt(NAMES.size())) + "_" + loud + (random.nextInt(900) + 100);
                default -> "port" + loud + (random.nextInt(9000) + 1000);
            };
            handles.add(handle);
        }
        return new ArrayList<>(handles);
    }
}
