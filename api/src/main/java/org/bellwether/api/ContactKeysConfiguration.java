package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.model.ContactCipher;

/**
 * {@code contactKeys:} the AES-256-GCM keys that seal contact details. Keys never live in the repository: give
 * them in the YAML through environment substitution, or in the environment variables
 * {@code BELLWETHER_CONTACT_ACTIVE_KEY_ID} and {@code BELLWETHER_CONTACT_KEYS} ({@code id:base64,id:base64}).
 * In dev mode without keys a key is generated once into {@code devKeyFile}.
 */
public class ContactKeysConfiguration {
    public static final String ENV_ACTIVE = "BELLWETHER_CONTACT_ACTIVE_KEY_ID";
    public static final String ENV_KEYS = "BELLWETHER_CONTACT_KEYS";

    @JsonProperty
    private String activeKeyId;

    @JsonProperty
    private Map<String, String> keys = new LinkedHashMap<>();

    @JsonProperty
    private String devKeyFile = "data/dev-contact-key";

    public void setActiveKeyId(String activeKeyId) {
        this.activeKeyId = activeKeyId;
    }

    public void setKeys(Map<String, String> keys) {
        this.keys = keys;
    }

    public void setDevKeyFile(String devKeyFile) {
        this.devKeyFile = devKeyFile;
    }

    /** Configuration first, then the environment, then (dev mode only) a generated key kept in a file. */
    public ContactCipher buildCipher(boolean devMode, Map<String, String> environment) {
        Map<String, String> configured = new LinkedHashMap<>();
        if (keys != null) {
            keys.forEach((id, key) -> {
                if (key != null && !key.isBlank()) {
                    configured.put(id, key);
                }
            });
        }
        String active = activeKeyId;
        if (configured.isEmpty() && environment.get(ENV_KEYS) != null) {
            for (String pair : environment.get(ENV_KEYS).split(",")) {
                String[] parts = pair.trim().split(":", 2);
                if (parts.length == 2) {
                    configured.put(parts[0].trim(), parts[1].trim());
                }
            }
            active = environment.getOrDefault(ENV_ACTIVE, active);
        }
        if (configured.isEmpty()) {
            if (!devMode) {
                throw new IllegalStateException("contact keys are required outside dev mode: set contactKeys or "
                        + ENV_KEYS + " and " + ENV_ACTIVE);
            }
            return ContactCipher.fromBase64("dev", Map.of("dev", devKey(Path.of(devKeyFile))));
        }
        if (active == null) {
            throw new IllegalStateException("contactKeys.activeKeyId is required when keys are given");
        }
        return ContactCipher.fromBase64(active, configured);
    }

    private static String devKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            String key = ContactCipher.newKey();
            Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the dev contact key " + file, e);
        }
    }
}
