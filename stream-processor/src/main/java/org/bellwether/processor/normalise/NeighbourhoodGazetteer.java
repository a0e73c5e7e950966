package org.bellwether.processor.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.model.Geo;

/**
 * Places posts in the city's neighbourhoods: an explicit neighbourhood (tips), then coordinates (inside a bounding
 * box, else the nearest centre within {@link #NEAREST_CENTRE_KM}), then the source's place name, then the first
 * neighbourhood the text names (longest alias first; case and accents ignored). Immutable and thread-safe.
 */
public final class NeighbourhoodGazetteer {
    public static final double NEAREST_CENTRE_KM = 2.0;
    private static final NeighbourhoodGazetteer EMPTY = new NeighbourhoodGazetteer(List.of());

    private final List<Neighbourhood> neighbourhoods;
    private final Map<String, List<Alias>> aliasesByFirstWord = new HashMap<>();

    private record Alias(String[] words, String canonical) {
    }

    public NeighbourhoodGazetteer(List<Neighbourhood> neighbourhoods) {
        this.neighbourhoods = List.copyOf(neighbourhoods);
        for (Neighbourhood neighbourhood : this.neighbourhoods) {
            List<String> names = new ArrayList<>(neighbourhood.aliases());
            names.add(neighbourhood.name());
            for (String name : names) {
                String[] words = words(fold(name));
                if (words.length > 0) {
                    aliasesByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
                            .add(new Alias(words, neighbourhood.name()));
                }
            }
        }
        aliasesByFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    }

    public static NeighbourhoodGazetteer empty() {
        return EMPTY;
    }

    public List<Neighbourhood> neighbourhoods() {
        return neighbourhoods;
    }

    /**
     * @param explicit a neighbourhood stated by the sender (tips), or null
     * @param geo      the post's location hint, or null
     * @param text     the normalised text
     * @return the canonical neighbourhood name, or null when the post cannot be placed
     */
    public String place(String explicit, Geo geo, String text) {
        if (explicit != null && !explicit.isBlank()) {
            String known = mentioned(explicit);
            return known != null ? known : explicit.trim();
        }
        if (neighbourhoods.isEmpty()) {
            return null;
        }
        if (geo != null && geo.lat() != null && geo.lon() != null) {
            String byPoint = byPoint(geo.lat(), geo.lon());
            if (byPoint != null) {
                return byPoint;
            }
        }
        if (geo != null && geo.place() != null) {
            String byPlace = mentioned(geo.place());
            if (byPlace != null) {
                return byPlace;
            }
        }
        return mentioned(text);
    }

    private String byPoint(double latitude, double longitude) {
        for (Neighbourhood neighbourhood : neighbourhoods) {
            if (neighbourhood.bounds() != null && neighbourhood.bounds().contains(latitude, longitude)) {
                return neighbourhood.name();
            }
        }
        String nearest = null;
        double best = NEAREST_CENTRE_KM;
        for (Neighbourhood neighbourhood : neighbourhoods) {
            if (neighbourhood.latitude() != null && neighbourhood.longitude() != null) {
                double distance = kilometres(latitude, longitude, neighbourhood.latitude(), neighbourhood.longitude());
                if (distance <= best) {
                    best = distance;
                    nearest = neighbourhood.name();
                }
            }
        }
        return nearest;
    }

    /** The first neighbourhood named in the text, or null. */
    String mentioned(String text) {
        if (text == null || aliasesByFirstWord.isEmpty()) {
            return null;
        }
        String[] words = words(fold(text));
        for (int i = 0; i < words.length; i++) {
            List<Alias> aliases = aliasesByFirstWord.get(words[i]);
            if (aliases == null) {
                continue;
            }
            for (Alias alias : aliases) {
                if (matches(words, i, alias.words())) {
                    return alias.canonical();
                }
            }
        }
        return null;
    }

    private static boolean matches(String[] words, int at, String[] alias) {
        if (at + alias.length > words.length) {
            return false;
        }
        for (int j = 0; j < alias.length; j++) {
            if (!words[at + j].equals(alias[j])) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String[] words(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words.toArray(new String[0]);
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
