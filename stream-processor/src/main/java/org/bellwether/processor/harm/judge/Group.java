package org.bellwether.processor.harm.judge;

import java.util.Locale;
import org.bellwether.model.HarmCategory;

/**
 * Who an act is aimed at: a protected group (with the harm category hate against it counts in), an individual, or
 * someone else (racists, trolls, politicians: hostility towards them is not hate).
 */
public enum Group {
    MIGRANTS(HarmCategory.HATE_MIGRANTS),
    MUSLIMS(HarmCategory.HATE_RELIGION),
    JEWS(HarmCategory.HATE_RELIGION),
    RELIGION(HarmCategory.HATE_RELIGION),
    ROMA(HarmCategory.HATE_ORIGIN),
    BLACK(HarmCategory.HATE_ORIGIN),
    ORIGIN(HarmCategory.HATE_ORIGIN),
    WOMEN(HarmCategory.HATE_GENDER),
    LGBTQ(HarmCategory.HATE_SEXUALITY),
    DISABLED(HarmCategory.HATE_DISABILITY),
    /** One person: "you", "he", "my neighbour". */
    INDIVIDUAL(null),
    /** People who are not a protected group: racists, bigots, trolls, politicians. */
    OTHER(null),
    /** No one named: the act is aimed at a thing or at nothing in particular ("this bus is garbage"). */
    NONE(null);

    private final HarmCategory category;

    Group(HarmCategory category) {
        this.category = category;
    }

    /** The hate category, or null for individuals and others. */
    public HarmCategory category() {
        return category;
    }

    public boolean isProtected() {
        return category != null;
    }

    /** The name used in lexicon files and reasons, e.g. {@code migrants}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Group parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
