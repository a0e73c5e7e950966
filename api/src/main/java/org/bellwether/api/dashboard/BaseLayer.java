package org.bellwether.api.dashboard;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The map's base layer: a tile URL template and the provider's attribution, or none ({@code tileUrl} null).
 *
 * @param tileUrl     {@code https://host/{z}/{x}/{y}.png}, or null for no base map
 * @param attribution text the provider requires under the map
 */
public record BaseLayer(String tileUrl, String attribution) {
    public static final BaseLayer NONE = new BaseLayer(null, "");

    /** A checked base layer from configuration; blank means none. */
    public static BaseLayer of(String tileUrl, String attribution) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return NONE;
        }
        String template = tileUrl.strip();
        if (!template.startsWith("https://") || !template.contains("{z}") || !template.contains("{x}")
                || !template.contains("{y}")) {
            throw new IllegalArgumentException("mapTileUrl must be an https URL template with {z}, {x} and {y}");
        }
        origin(template);
        return new BaseLayer(template, attribution == null ? "" : attribution.strip());
    }

    /** The tile server's origin, for the pages' Content-Security-Policy; null without tiles. */
    public String origin() {
        return tileUrl == null ? null : origin(tileUrl);
    }

    private static String origin(String template) {
        try {
            URI uri = new URI(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
                    .replace("{s}", "a").replace("{r}", ""));
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("mapTileUrl has no host");
            }
            return "https://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("mapTileUrl is not a URL: " + e.getMessage(), e);
        }
    }
}
