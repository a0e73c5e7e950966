package org.bellwether.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line flags of the form {@code --name value} and {@code --switch}. Reading a flag marks it as known;
 * {@link #requireAllKnown()} rejects the rest, so a typo is an error rather than a silent default.
 */
public final class Flags {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> read = new HashSet<>();

    private Flags() {
    }

    /**
     * @param switches flags that take no value
     */
    public static Flags parse(List<String> args, Set<String> switches) {
        Flags flags = new Flags();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                flags.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                flags.values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (switches.contains(name)) {
                flags.values.put(name, "true");
            } else if (i + 1 < args.size()) {
                flags.values.put(name, args.get(++i));
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
        }
        return flags;
    }

    public Optional<String> get(String name) {
        read.add(name);
        return Optional.ofNullable(values.get(name));
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    public int getInt(String name, int fallback) {
        return get(name).map(v -> parseInt(name, v)).orElse(fallback);
    }

    public Path getPath(String name, Path fallback) {
        return get(name).map(Path::of).orElse(fallback);
    }

    public boolean has(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** Fails on any flag no reader asked for. */
    public void requireAllKnown() {
        for (String name : values.keySet()) {
            if (!read.contains(name)) {
                throw new UsageException("unknown flag --" + name);
            }
        }
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    /** A usage mistake; the launcher prints it with the command's help. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}
