package org.bellwether.collectors.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Where a replay stands in its file: records consumed, the byte offset after them (JSONL; -1 for CSV), the file's
 * fingerprint (SHA-256 of its first 4 KiB, so an appended file keeps it and a different file does not) and the
 * time shift in force (so a restarted replay re-bases its timestamps the same way). Written as
 * {@code v1;fp=…;records=…;offset=…;shift=…}.
 */
public record ReplayPosition(String fingerprint, long records, long offset, Long shiftMillis) {

    public String format() {
        return "v1;fp=" + fingerprint + ";records=" + records + ";offset=" + offset
                + (shiftMillis == null ? "" : ";shift=" + shiftMillis);
    }

    public static Optional<ReplayPosition> parse(String text) {
        if (text == null || !text.startsWith("v1;")) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : text.substring(3).split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        try {
            return Optional.of(new ReplayPosition(parts.get("fp"), Long.parseLong(parts.get("records")),
                    Long.parseLong(parts.get("offset")),
                    parts.containsKey("shift") ? Long.valueOf(parts.get("shift")) : null));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file's fingerprint: hex of the first 8 bytes of SHA-256 over its first 4 KiB. */
    public static String fingerprint(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(head), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
