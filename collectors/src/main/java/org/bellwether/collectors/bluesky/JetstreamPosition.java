package org.bellwether.collectors.bluesky;

import java.util.Arrays;
import java.util.List;

/**
 * The Jetstream checkpoint: the {@code time_us} of the last event written and the keys of the posts written at
 * exactly that microsecond. On resume, events before the cursor and those keys are duplicates; written as
 * {@code v1;cursor=<µs>;keys=<k1>,<k2>}.
 */
public record JetstreamPosition(long cursor, List<String> keysAtCursor) {
    public static final JetstreamPosition START = new JetstreamPosition(-1, List.of());

    public JetstreamPosition {
        keysAtCursor = List.copyOf(keysAtCursor);
    }

    public String format() {
        return "v1;cursor=" + cursor + ";keys=" + String.join(",", keysAtCursor);
    }

    public static JetstreamPosition parse(String text) {
        if (text == null || !text.startsWith("v1;cursor=")) {
            return START;
        }
        try {
            String[] parts = text.substring(3).split(";", 2);
            long cursor = Long.parseLong(parts[0].substring("cursor=".length()));
            String keys = parts.length > 1 && parts[1].startsWith("keys=") ? parts[1].substring(5) : "";
            return new JetstreamPosition(cursor, keys.isEmpty() ? List.of() : Arrays.asList(keys.split(",")));
        } catch (RuntimeException e) {
            return START;
        }
    }

    /** True when an event at {@code timeUs} with this key was already written before the restart. */
    public boolean covers(long timeUs, String key) {
        return timeUs < cursor || timeUs == cursor && (key == null || keysAtCursor.contains(key));
    }
}
