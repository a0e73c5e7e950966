package org.bellwether.tools.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} arguments of an eval command, checked against the names it accepts. */
final class EvalArguments {
    private final Map<String, String> values = new HashMap<>();

    private EvalArguments() {
    }

    static EvalArguments parse(String[] args, Set<String> accepted, Set<String> required) {
        EvalArguments parsed = new EvalArguments();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !accepted.contains(name.substring(2))) {
                throw new IllegalArgumentException("unknown argument '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            parsed.values.put(name.substring(2), args[++i]);
        }
        for (String name : required) {
            if (!parsed.values.containsKey(name)) {
                throw new IllegalArgumentException("missing --" + name);
            }
        }
        return parsed;
    }

    String get(String name) {
        return values.get(name);
    }

    Path path(String name) {
        String value = values.get(name);
        return value == null ? null : Path.of(value);
    }
}
