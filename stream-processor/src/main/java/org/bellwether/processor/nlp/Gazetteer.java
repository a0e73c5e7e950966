package org.bellwether.processor.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bellwether.model.Tsv;

/**
 * Known names (institutions, topics, groups, and a city's own neighbourhoods) matched on folded tokens in any
 * language and reported under one canonical form, so {@code OMS}, {@code WHO} and {@code منظمة الصحة العالمية} link
 * the same narrative across languages. Immutable, thread-safe.
 */
public final class Gazetteer {

    private record Name(String canonical, String[] tokens) {
    }

    private final Map<String, List<Name>> byFirstToken;

    private Gazetteer(Map<String, List<Name>> byFirstToken) {
        this.byFirstToken = Map.copyOf(byFirstToken);
    }

    /** The shipped gazetteer plus {@code extra} names (each its own canonical form). */
    public static Gazetteer load(Set<String> extra) {
        Map<String, List<Name>> map = new HashMap<>();
        for (Tsv.Row row : Tsv.resource(Gazetteer.class, "gazetteer.tsv", 2).orElse(List.of())) {
            for (String alias : row.get(1).split("\\|")) {
                add(map, row.get(0).trim(), alias);
            }
        }
        for (String name : extra) {
            add(map, name.trim(), name);
        }
        return new Gazetteer(map);
    }

    private static void add(Map<String, List<Name>> map, String canonical, String alias) {
        List<String> tokens = new ArrayList<>();
        for (Token token : PostTokenizer.tokenize(alias)) {
            tokens.add(token.norm());
        }
        if (!tokens.isEmpty() && !canonical.isEmpty()) {
            map.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                    .add(new Name(canonical, tokens.toArray(String[]::new)));
        }
    }

    /** Canonical names found, with the index range of tokens each covers marked in {@code covered}. */
    public List<String> find(List<Token> tokens, boolean[] covered) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String norm = tokens.get(i).norm();
            List<Name> names = byFirstToken.get(norm.startsWith("#") ? norm.substring(1) : norm);
            if (names == null) {
                continue;
            }
            for (Name name : names) {
                if (matches(name, tokens, i)) {
                    found.add(name.canonical());
                    for (int j = i; j < i + name.tokens().length; j++) {
                        covered[j] = true;
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matches(Name name, List<Token> tokens, int start) {
        if (start + name.tokens().length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < name.tokens().length; k++) {
            if (!tokens.get(start + k).norm().equals(name.tokens()[k])) {
                return false;
            }
        }
        return true;
    }
}
